using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Documents;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli.Reporting;

/// <summary>Everything a report needs: the checked documents, the findings that count, the rules and the run's options.</summary>
/// <param name="Documents">Every checked document, in a deterministic order (by path, ordinal).</param>
/// <param name="Findings">The sentences reported as findings (contradicted, and unverified when the fail level asks for it), after suppressions and the baseline, in document then position order.</param>
/// <param name="Rules">The rule set in use (ids, names, descriptions, severities).</param>
/// <param name="FailOn">The level at which the run fails.</param>
/// <param name="Options">Report options (author and date for ClaimReview, tool version…).</param>
internal sealed record CheckRun(
    ImmutableArray<DocumentResult> Documents,
    ImmutableArray<Finding> Findings,
    RuleSet Rules,
    FailLevel FailOn,
    ReportOptions Options);

/// <summary>One reported sentence.</summary>
/// <param name="Document">The document it is in.</param>
/// <param name="Sentence">The sentence, with its position and check result.</param>
/// <param name="Fingerprint">A stable fingerprint (survives edits elsewhere in the file), for baselines and SARIF partialFingerprints.</param>
/// <param name="Severity">The severity of the deciding rule, as configured.</param>
/// <param name="IsFailure">Whether the finding is at or above the fail level.</param>
internal sealed record Finding(DocumentResult Document, DocumentSentence Sentence, string Fingerprint, RuleSeverity Severity, bool IsFailure)
{
    public CheckResult Result => Sentence.Result!;
}

/// <summary>The level at which <c>claimcheck check</c> fails (exit code 1).</summary>
internal enum FailLevel
{
    /// <summary>Fail on contradicted sentences (default).</summary>
    Contradicted,

    /// <summary>Fail on contradicted and not-enough-info sentences.</summary>
    Unverified,

    /// <summary>Never fail on findings.</summary>
    Never,
}

/// <summary>Options that only some formats use.</summary>
/// <param name="ToolVersion">The claimcheck version, for SARIF.</param>
/// <param name="Author">The ClaimReview author (organisation or person name).</param>
/// <param name="DatePublished">The ClaimReview datePublished (ISO date); deterministic output needs it given, not read from the clock.</param>
/// <param name="Url">Optional base URL of the published document, for ClaimReview appearance.</param>
internal sealed record ReportOptions(string ToolVersion, string? Author, string? DatePublished, string? Url)
{
    /// <summary>
    /// The claim base's sources by id (<see cref="ClaimBase.Sources"/>), so that reports can point at an evidence
    /// sentence in its file (SARIF related locations) and name its title. Empty when not given.
    /// </summary>
    public IReadOnlyDictionary<string, SourceDocument> Sources { get; init; } = ImmutableDictionary<string, SourceDocument>.Empty;

    /// <summary>The sources of <paramref name="claimBase"/> by id, for <see cref="Sources"/>.</summary>
    public static IReadOnlyDictionary<string, SourceDocument> SourcesOf(ClaimBase claimBase) =>
        claimBase.Sources.DistinctBy(s => s.Id, StringComparer.Ordinal).ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);
}

/// <summary>Writes a report in one format.</summary>
internal interface IReportWriter
{
    /// <summary>The --format name ("text", "json", "sarif", "github", "html", "claimreview").</summary>
    string Format { get; }

    void Write(CheckRun run, TextWriter output);
}
