using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Check;

/// <summary>A bad input file (configuration, baseline) pointing at a file, line and column: printed as the diagnostic, exit code 2.</summary>
internal sealed class InputException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
