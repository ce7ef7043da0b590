using System.Globalization;
using System.Text;
using ClaimCheck.Cli.Check;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>--format github</c>): one annotation per finding,
/// <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ClaimCheck CC1002::message</c>, with <c>::warning</c>
/// and <c>::notice</c> for the lower severities, then the summary as a plain log line. Escaping follows the
/// workflow-command rules: <c>%</c>, CR and LF in the message; those and <c>:</c> and <c>,</c> in properties.
/// </summary>
internal sealed class GithubReportWriter : IReportWriter
{
    public string Format => "github";

    public void Write(CheckRun run, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var finding in run.Findings)
        {
            output.WriteLine(Annotation(finding));
        }

        output.WriteLine($"ClaimCheck: {CheckSummary.Of(run)}");
        output.Flush();
    }

    /// <summary>The workflow command of one finding.</summary>
    public static string Annotation(Finding finding)
    {
        var sentence = finding.Sentence;
        var rule = sentence.Rule!;
        var command = finding.Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "notice",
        };

        var message = new StringBuilder()
            .Append(VerdictNames.Of(finding.Result.Verdict)).Append(": ").Append(finding.Result.Explanation);
        foreach (var evidence in finding.Result.Evidence)
        {
            message.Append('\n').Append("evidence: ").Append(evidence.SourceId).Append(" #")
                .Append(evidence.SentenceNumber.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(evidence.SentenceText);
        }

        var properties = string.Join(',',
            $"file={EscapeProperty(finding.Document.Path)}",
            FormattableString.Invariant($"line={sentence.Line}"),
            FormattableString.Invariant($"col={sentence.Column}"),
            FormattableString.Invariant($"endLine={sentence.EndLine}"),
            FormattableString.Invariant($"endColumn={sentence.EndColumn}"),
            $"title={EscapeProperty($"ClaimCheck {rule.Id}")}");
        return $"::{command} {properties}::{EscapeData(message.ToString())}";
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
