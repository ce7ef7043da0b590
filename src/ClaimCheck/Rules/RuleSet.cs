using System.Collections.Immutable;

namespace ClaimCheck.Rules;

/// <summary>
/// The rules in use and their severities. Immutable: every change returns a new set.
/// Adding a rule whose id is already present replaces it (registering twice is harmless).
/// </summary>
public sealed class RuleSet
{
    private readonly ImmutableArray<IClaimRule> _rules;
    private readonly ImmutableDictionary<string, RuleSeverity> _severities;
    private readonly ImmutableArray<IClaimRule> _enabled;

    private RuleSet(ImmutableArray<IClaimRule> rules, ImmutableDictionary<string, RuleSeverity> severities)
    {
        _rules = rules;
        _severities = severities;
        _enabled = [.. rules.Where(r => IsEnabled(r.Descriptor.Id))]; // checked once: a set never changes
    }

    /// <summary>The built-in rules (see docs/rules.md), at their default severities.</summary>
    public static RuleSet Default { get; } = new(BuiltInRules.FrameRules, ImmutableDictionary<string, RuleSeverity>.Empty);

    /// <summary>Every descriptor the checker can report: the frame rules of this set plus the built-in text and aggregation rules.</summary>
    public IEnumerable<RuleDescriptor> Descriptors => _rules.Select(r => r.Descriptor).Concat(BuiltInRules.EngineDescriptors);

    /// <summary>The frame rules that are switched on, in evaluation order.</summary>
    public IEnumerable<IClaimRule> Enabled => _enabled;

    /// <summary>Adds (or replaces, by id) a rule.</summary>
    public RuleSet With(IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var index = _rules.IndexOf(_rules.FirstOrDefault(r => r.Descriptor.Id == rule.Descriptor.Id)!);
        return new RuleSet(index >= 0 ? _rules.SetItem(index, rule) : _rules.Add(rule), _severities);
    }

    /// <summary>Sets the severity of rule <paramref name="id"/>; <see cref="RuleSeverity.Off"/> disables it.</summary>
    public RuleSet WithSeverity(string id, RuleSeverity severity)
    {
        if (Find(id) is null)
        {
            throw new ArgumentException($"No rule has id '{id}'.", nameof(id));
        }

        return new RuleSet(_rules, _severities.SetItem(id, severity));
    }

    /// <summary>Switches rule <paramref name="id"/> off.</summary>
    public RuleSet Without(string id) => WithSeverity(id, RuleSeverity.Off);

    /// <summary>The descriptor of rule <paramref name="id"/>, or null.</summary>
    public RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);

    /// <summary>The severity rule <paramref name="id"/> reports at (its default unless configured).</summary>
    public RuleSeverity SeverityOf(string id) =>
        _severities.TryGetValue(id, out var severity) ? severity : Find(id)?.DefaultSeverity ?? RuleSeverity.Off;

    /// <summary>Whether rule <paramref name="id"/> runs.</summary>
    public bool IsEnabled(string id) => SeverityOf(id) != RuleSeverity.Off;
}
