using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;

namespace ClaimCheck.Rules;

/// <summary>A rule's decision: the verdict, the claims that prove it, and a one-line explanation.</summary>
/// <param name="Verdict">Supported or contradicted (a rule that cannot decide returns null instead).</param>
/// <param name="Claims">The claims the decision rests on; their provenance becomes the evidence. Never empty.</param>
/// <param name="Explanation">One line, e.g. "The source says Iraq abstained…".</param>
public sealed record RuleOutcome(Verdict Verdict, ImmutableArray<Claim> Claims, string Explanation);
