namespace ClaimCheck.Rules;

/// <summary>
/// A checking rule: looks at one reading of a statement and the claims about the same entities, and either
/// decides (supported or contradicted, with the claims that prove it) or stays silent.
/// Implement it to add a rule in C#; register it with <see cref="RuleSet.With(IClaimRule)"/>.
/// </summary>
public interface IClaimRule
{
    /// <summary>The rule's id, name, description and default severity.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Evaluates the rule; returns null when it does not apply.</summary>
    RuleOutcome? Evaluate(RuleContext context);
}
