namespace ClaimCheck.Rules;

/// <summary>How a finding of a rule is reported (CI tools map it to error, warning or note).</summary>
public enum RuleSeverity
{
    /// <summary>The rule is switched off.</summary>
    Off,

    /// <summary>Informational.</summary>
    Note,

    /// <summary>Worth a look.</summary>
    Warning,

    /// <summary>Fails a build.</summary>
    Error,
}
