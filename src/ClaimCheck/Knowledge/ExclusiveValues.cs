using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Knowledge;

/// <summary>
/// Values of one slot that exclude each other for the same key slots: a voter who abstained did not
/// vote for or against; a country neutral on a war does not side with a party.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Kind">The claim kind.</param>
/// <param name="Slot">The value slot.</param>
/// <param name="Values">Values that exclude each other pairwise.</param>
/// <param name="Reason">Why, in one sentence (shown in explanations).</param>
public sealed record ExclusiveValues(string Id, ClaimKind Kind, string Slot, ImmutableArray<string> Values, string Reason)
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are two different values of this set.</summary>
    public bool Excludes(string a, string b) => a != b && Values.Contains(a) && Values.Contains(b);
}
