namespace ClaimCheck.Cli;

/// <summary>The process exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success: clean, or supported.</summary>
    public const int Ok = 0;

    /// <summary>Errors found (validate), contradicted (verify), findings at or above the fail level (check).</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or input error.</summary>
    public const int UsageError = 2;

    /// <summary>Not enough info (verify).</summary>
    public const int NotEnoughInfo = 3;
}
