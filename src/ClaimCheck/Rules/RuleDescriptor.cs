namespace ClaimCheck.Rules;

/// <summary>The identity of a rule: stable id, short name, what it does, and how its findings are reported by default.</summary>
/// <param name="Id">Stable id such as <c>CC1002</c>; suppressions and configuration refer to it.</param>
/// <param name="Name">Short kebab-case name such as <c>exclusive-value</c>.</param>
/// <param name="Description">One sentence saying when the rule fires.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
public sealed record RuleDescriptor(string Id, string Name, string Description, RuleSeverity DefaultSeverity)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
