using ClaimCheck.Claims;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>Two claims from different sources that the rules judge contradictory.</summary>
/// <param name="First">One claim.</param>
/// <param name="Second">The claim it conflicts with (from another source).</param>
/// <param name="Rule">The rule that found the conflict.</param>
/// <param name="Explanation">Why they conflict.</param>
public sealed record ClaimConflict(Claim First, Claim Second, RuleDescriptor Rule, string Explanation);
