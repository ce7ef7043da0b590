namespace ClaimCheck.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; does not make a claim base invalid.</summary>
    Warning,

    /// <summary>The claim base is invalid until this is fixed.</summary>
    Error,
}
