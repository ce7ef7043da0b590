using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Documents;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Builds <see cref="CheckRun"/>s for the report writers from real check results, without the check command.</summary>
internal static class ReportRuns
{
    public const string Contradicted = "Iraq voted against Russia at the UN.";
    public const string Supported = "Iraq is a member of OPEC+.";
    public const string NotEnoughInfo = "Iraq signed a trade deal with Chile in 2019.";
    public const string Skipped = "Baghdad is busy in the summer.";

    private static readonly Lazy<ClaimBase> BundledBase = new(() => ClaimBase.Load(TestPaths.ClaimsDirectory));
    private static readonly Lazy<ClaimBase> ScriptBase = new(() => ClaimBase.Load(ScriptClaimsDirectory));

    /// <summary>The bundled Iraq claims.</summary>
    public static ClaimBase Bundled => BundledBase.Value;

    /// <summary>A claim base whose source sentence, claim quote and source title hold <c>&lt;script&gt;</c>.</summary>
    public static ClaimBase Script => ScriptBase.Value;

    public static string ScriptClaimsDirectory => Path.Combine(TestPaths.Fixtures, "Reporting");

    /// <summary>The standard article: a heading, then the contradicted, supported, not-enough-info and a skipped sentence.</summary>
    public static string ArticleText { get; } =
        "# Iraq and its neighbours\n\n" +
        $"Some background first. {Contradicted}\n" +
        $"{Supported}\n\n" +
        $"- {NotEnoughInfo}\n\n" +
        $"{Skipped}\n";

    /// <summary>
    /// A document whose sentences are <paramref name="checkedSentences"/> (checked with <paramref name="claimBase"/>),
    /// <paramref name="skipped"/> and <paramref name="suppressed"/>, each found in <paramref name="text"/> by its first occurrence.
    /// </summary>
    public static DocumentResult Document(ClaimBase claimBase, string path, string text, IEnumerable<string> checkedSentences, IEnumerable<string>? skipped = null, IEnumerable<string>? suppressed = null)
    {
        var checker = ClaimChecker.Create(claimBase);
        var map = new LineMap(text);
        var sentences = new List<DocumentSentence>();

        void Add(string sentence, SentenceStatus status)
        {
            var start = text.IndexOf(sentence, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{sentence}' is not in the text.", nameof(text));
            }

            var end = start + sentence.Length;
            var first = map.GetPosition(start);
            var last = map.GetPosition(end);
            var result = status == SentenceStatus.Checked ? checker.Check(sentence) : null;
            var reason = status switch
            {
                SentenceStatus.Skipped => "no known entity",
                SentenceStatus.Suppressed => "claimcheck-disable-next-line",
                _ => null,
            };
            sentences.Add(new DocumentSentence(sentence, start, end, first.Line, first.Column, last.Line, last.Column, status, result, reason));
        }

        foreach (var sentence in checkedSentences)
        {
            Add(sentence, SentenceStatus.Checked);
        }

        foreach (var sentence in skipped ?? [])
        {
            Add(sentence, SentenceStatus.Skipped);
        }

        foreach (var sentence in suppressed ?? [])
        {
            Add(sentence, SentenceStatus.Suppressed);
        }

        return new DocumentResult(path, text, [.. sentences.OrderBy(s => s.Start)]);
    }

    /// <summary>The standard article checked against the bundled claims.</summary>
    public static DocumentResult Article(string path = "docs/iraq article.md") =>
        Document(Bundled, path, ArticleText, [Contradicted, Supported, NotEnoughInfo], [Skipped, "Some background first."]);

    /// <summary>
    /// A run over <paramref name="documents"/>: findings are the contradicted sentences, and the not-enough-info ones
    /// when <paramref name="failOn"/> is <see cref="FailLevel.Unverified"/>.
    /// </summary>
    public static CheckRun Run(ClaimBase claimBase, FailLevel failOn, IEnumerable<DocumentResult> documents, string? author = null, string? date = null, string? url = null)
    {
        var docs = documents.ToImmutableArray();
        var rules = RuleSet.Default;
        var findings = new List<Finding>();
        foreach (var document in docs)
        {
            foreach (var sentence in document.Sentences.Where(s => s.Status == SentenceStatus.Checked))
            {
                var verdict = sentence.Result!.Verdict;
                var reported = verdict == Verdict.Contradicted || (verdict == Verdict.NotEnoughInfo && failOn == FailLevel.Unverified);
                if (reported)
                {
                    var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Path + "\n" + sentence.Text)))[..16];
                    findings.Add(new Finding(document, sentence, fingerprint, rules.SeverityOf(sentence.Result.Rule.Id), failOn != FailLevel.Never));
                }
            }
        }

        var options = new ReportOptions("0.1.0-test", author, date, url) { Sources = ReportOptions.SourcesOf(claimBase) };
        return new CheckRun(docs, [.. findings], rules, failOn, options);
    }

    /// <summary>The report <paramref name="writer"/> writes for <paramref name="run"/>.</summary>
    public static string Write(IReportWriter writer, CheckRun run)
    {
        using var output = new StringWriter();
        writer.Write(run, output);
        return output.ToString();
    }
}
