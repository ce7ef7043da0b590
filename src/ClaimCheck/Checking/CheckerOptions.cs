using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>Options of a <see cref="ClaimChecker"/>.</summary>
public sealed record CheckerOptions
{
    /// <summary>The defaults: every built-in rule at its default severity.</summary>
    public static CheckerOptions Default { get; } = new();

    /// <summary>The rules in use (disable a rule or change its severity through <see cref="RuleSet"/>).</summary>
    public RuleSet Rules { get; init; } = RuleSet.Default;
}
