using ClaimCheck.Claims;

namespace ClaimCheck.Knowledge;

/// <summary>One value of a slot implies another ("condemns" implies "blames"; "founding-member" implies "member").</summary>
/// <param name="Kind">The claim kind.</param>
/// <param name="Slot">The value slot.</param>
/// <param name="From">The narrower value.</param>
/// <param name="To">The value it implies.</param>
public sealed record ValueImplication(ClaimKind Kind, string Slot, string From, string To);
