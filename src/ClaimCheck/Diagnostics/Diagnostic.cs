namespace ClaimCheck.Diagnostics;

/// <summary>A problem found in user data, with the file, line and column it points at.</summary>
/// <param name="Id">Stable id such as <c>CC0003</c> (see <see cref="DiagnosticIds"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">One line that says what is wrong and, where possible, how to fix it.</param>
/// <param name="File">The file, as given to the loader (relative paths stay relative); null when not about a file.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, string? File, int Line, int Column)
{
    /// <summary>The conventional compiler form: <c>file:line:col: error CC0003: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var where = File is null ? "" : Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}: " : $"{File}: ";
        return $"{where}{severity} {Id}: {Message}";
    }
}
