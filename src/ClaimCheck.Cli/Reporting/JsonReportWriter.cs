using ClaimCheck.Cli.Check;
using ClaimCheck.Documents;
using ClaimCheck.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// The machine-readable report (<c>--format json</c>), version 1, documented in docs/ci.md. Its shape is stable:
/// fields are only ever added. Every sentence of every file is listed (checked, skipped or suppressed), and the
/// findings after suppressions and the baseline.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The report's <c>version</c>: bumped only for a change that is not an addition.</summary>
    public const int Version = 1;

    public string Format => "json";

    public void Write(CheckRun run, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        var summary = CheckSummary.Of(run);
        var report = new JObject
        {
            ["version"] = Version,
            ["tool"] = new JObject { ["name"] = "claimcheck", ["version"] = run.Options.ToolVersion },
            ["failOn"] = FailLevels.NameOf(run.FailOn),
            ["summary"] = new JObject
            {
                ["files"] = summary.Files,
                ["sentences"] = summary.Sentences,
                ["checked"] = summary.Checked,
                ["skipped"] = summary.Skipped,
                ["suppressed"] = summary.Suppressed,
                ["contradicted"] = summary.Contradicted,
                ["notEnoughInfo"] = summary.NotEnoughInfo,
                ["supported"] = summary.Supported,
                ["findings"] = summary.Findings,
                ["failures"] = summary.Failures,
            },
            ["files"] = new JArray(run.Documents.Select(d => new JObject
            {
                ["path"] = d.Path,
                ["sentences"] = new JArray(d.Sentences.Select(Sentence)),
            })),
            ["findings"] = new JArray(run.Findings.Select(Finding)),
        };

        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        report.WriteTo(json);
        json.Flush();
        output.WriteLine();
        output.Flush();
    }

    private static JObject Sentence(DocumentSentence sentence)
    {
        var json = Position(sentence);
        json["text"] = sentence.Text;
        json["status"] = StatusName(sentence.Status);
        json["verdict"] = sentence.Result is { } result ? VerdictNames.Of(result.Verdict) : null;
        json["rule"] = sentence.Rule?.Id;
        json["explanation"] = sentence.Result?.Explanation;
        json["skipReason"] = sentence.SkipReason;
        json["evidence"] = ResultJson.Evidence(sentence.Result?.Evidence ?? []);
        return json;
    }

    private static JObject Finding(Finding finding)
    {
        var json = new JObject { ["path"] = finding.Document.Path };
        json.Merge(Position(finding.Sentence));
        json["text"] = finding.Sentence.Text;
        json["verdict"] = VerdictNames.Of(finding.Result.Verdict);
        json["rule"] = finding.Sentence.Rule!.Id;
        json["ruleName"] = finding.Sentence.Rule!.Name;
        json["severity"] = SeverityName(finding.Severity);
        json["failure"] = finding.IsFailure;
        json["explanation"] = finding.Result.Explanation;
        json["fingerprint"] = finding.Fingerprint;
        json["evidence"] = ResultJson.Evidence(finding.Result.Evidence);
        return json;
    }

    private static JObject Position(DocumentSentence sentence) => new()
    {
        ["line"] = sentence.Line,
        ["column"] = sentence.Column,
        ["endLine"] = sentence.EndLine,
        ["endColumn"] = sentence.EndColumn,
    };

    private static string StatusName(SentenceStatus status) => status switch
    {
        SentenceStatus.Checked => "checked",
        SentenceStatus.Suppressed => "suppressed",
        _ => "skipped",
    };

    private static string SeverityName(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Note => "note",
        _ => "off",
    };
}
