using System.Collections.Immutable;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// Every report format of <c>claimcheck check --format</c>, by name. <see cref="Names"/> is what the option accepts;
/// <see cref="Writers"/> holds the implemented ones. A format that is named but has no writer yet is a usage error
/// (exit 2) with a clear message, not a crash.
/// </summary>
internal static class ReportWriters
{
    /// <summary>The format names <c>--format</c> accepts, the default first.</summary>
    public static readonly ImmutableArray<string> Names = ["text", "json", "sarif", "github", "html", "claimreview"];

    /// <summary>The implemented writers. Add a format by adding its writer here, one line each.</summary>
    private static readonly ImmutableArray<IReportWriter> Writers =
    [
        new TextReportWriter(),
        new JsonReportWriter(),
        new GithubReportWriter(),

        new SarifReportWriter(),
        new HtmlReportWriter(),
        new ClaimReviewReportWriter(),
    ];

    /// <summary>The writer of <paramref name="format"/>, or null when that format has none (yet).</summary>
    public static IReportWriter? Find(string format) =>
        Writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.Ordinal));
}
