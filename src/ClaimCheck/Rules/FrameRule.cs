using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;

namespace ClaimCheck.Rules;

/// <summary>
/// Base of the built-in frame rules: finds the candidate claims about the same fact as the frame and asks
/// <see cref="Judge"/> about each; the claims that agree on a verdict become the evidence.
/// </summary>
internal abstract class FrameRule : IClaimRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public RuleOutcome? Evaluate(RuleContext context)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        Verdict? verdict = null;
        string? explanation = null;
        foreach (var (claim, relation, exclusion) in context.SameFact)
        {
            if (Judge(context, claim, relation, exclusion) is not { } judged || (verdict is not null && judged.Verdict != verdict))
            {
                continue;
            }

            verdict = judged.Verdict;
            explanation ??= judged.Explanation + Via(context.Frame);
            claims.Add(claim);
        }

        return verdict is { } v ? new RuleOutcome(v, claims.ToImmutable(), explanation!) : null;
    }

    /// <summary>The verdict this rule gives on one claim about the same fact, or null.</summary>
    protected abstract (Verdict Verdict, string Explanation)? Judge(RuleContext context, Claim claim, ValueRelation relation, Knowledge.ExclusiveValues? exclusion);

    internal static string Quote(Claim claim) => $"\"{claim.Provenance[0].Quote}\"";

    protected static bool SamePolarity(RuleContext context, Claim claim) => context.Frame.Polarity == claim.Polarity;

    private static string Via(Frame frame) => frame.ViaExplanation is { } via ? $" ({via})" : "";
}
