using System.Globalization;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Documents;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// schema.org <c>ClaimReview</c> JSON-LD (<c>--format claimreview</c>): a JSON array with one ClaimReview per checked
/// sentence that the sources support or contradict (not-enough-info, skipped and suppressed sentences are left out),
/// in document then position order. Rating scale: 1 = contradicted by sources, 5 = supported by sources
/// (see docs/editorial.md). Author, date and URL come only from the options: nothing reads the clock.
/// </summary>
internal sealed class ClaimReviewReportWriter : IReportWriter
{
    /// <summary>The rating's <c>alternateName</c> of a contradicted sentence.</summary>
    public const string ContradictedName = "Contradicted by sources";

    /// <summary>The rating's <c>alternateName</c> of a supported sentence.</summary>
    public const string SupportedName = "Supported by sources";

    public string Format => "claimreview";

    public void Write(CheckRun run, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);

        var reviews = new JArray();
        foreach (var document in run.Documents)
        {
            var documentUrl = DocumentUrl(run.Options.Url, document.Path);
            var byline = FrontMatterAuthor(document.Text);
            foreach (var sentence in document.Sentences)
            {
                if (sentence.Status == SentenceStatus.Checked && sentence.Result is { Verdict: Verdict.Supported or Verdict.Contradicted } result)
                {
                    reviews.Add(Review(document, sentence, result, documentUrl, byline, run.Options));
                }
            }
        }

        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        reviews.WriteTo(json);
        json.Flush();
        output.WriteLine();
    }

    /// <summary>
    /// The address of a document from <c>--url</c>: a URL ending in <c>/</c> is a base that the document's relative
    /// path (forward slashes) is appended to; any other URL is the document's own address. Null without <c>--url</c>.
    /// </summary>
    public static string? DocumentUrl(string? url, string documentPath)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (!url.EndsWith('/'))
        {
            return url;
        }

        var relative = SarifReportWriter.UriOf(documentPath);
        return relative.Contains("://", StringComparison.Ordinal) ? url : url + relative.TrimStart('/');
    }

    /// <summary>The <c>author:</c> of a Markdown document's YAML front matter (a plain scalar), or null.</summary>
    public static string? FrontMatterAuthor(string text)
    {
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            return null;
        }

        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var trimmed = line.TrimEnd();
            if (trimmed is "---" or "...")
            {
                return null;
            }

            if (trimmed.StartsWith("author:", StringComparison.Ordinal))
            {
                var value = trimmed["author:".Length..].Trim();
                if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
                {
                    value = value[1..^1];
                }

                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    private static JObject Review(DocumentResult document, DocumentSentence sentence, CheckResult result, string? documentUrl, string? byline, ReportOptions options)
    {
        var contradicted = result.Verdict == Verdict.Contradicted;
        var review = new JObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
        };

        if (documentUrl is not null)
        {
            review["url"] = documentUrl;
        }

        if (!string.IsNullOrEmpty(options.DatePublished))
        {
            review["datePublished"] = options.DatePublished;
        }

        if (!string.IsNullOrEmpty(options.Author))
        {
            review["author"] = new JObject { ["@type"] = "Organization", ["name"] = options.Author };
        }

        review["claimReviewed"] = sentence.Text;

        var appearance = new JObject { ["@type"] = "CreativeWork", ["name"] = document.Path };
        if (documentUrl is not null)
        {
            appearance["url"] = documentUrl;
        }

        var claim = new JObject { ["@type"] = "Claim", ["appearance"] = appearance };
        if (byline is not null)
        {
            claim["author"] = new JObject { ["@type"] = "Person", ["name"] = byline };
        }

        review["itemReviewed"] = claim;
        review["reviewRating"] = new JObject
        {
            ["@type"] = "Rating",
            ["ratingValue"] = contradicted ? 1 : 5,
            ["bestRating"] = 5,
            ["worstRating"] = 1,
            ["alternateName"] = contradicted ? ContradictedName : SupportedName,
        };
        review["reviewBody"] = ReviewBody(result, sentence.Rule ?? result.Rule, options);

        var citations = new JArray();
        foreach (var evidence in result.Evidence.DistinctBy(e => (e.SourceId, e.SentenceNumber)))
        {
            var citation = new JObject { ["@type"] = "CreativeWork" };
            options.Sources.TryGetValue(evidence.SourceId, out var source);
            citation["name"] = string.IsNullOrEmpty(source?.Title) ? evidence.SourceId : source.Title;
            if (!string.IsNullOrEmpty(source?.Url))
            {
                citation["url"] = source.Url;
            }

            citation["text"] = evidence.SentenceText;
            citations.Add(citation);
        }

        if (citations.Count > 0)
        {
            review["citation"] = citations;
        }

        return review;
    }

    /// <summary>The explanation, the deciding rule, then each evidence sentence with its source and number.</summary>
    private static string ReviewBody(CheckResult result, Rules.RuleDescriptor rule, ReportOptions options)
    {
        var body = new StringBuilder(result.Explanation);
        body.Append(CultureInfo.InvariantCulture, $" (ClaimCheck rule {rule.Id} {rule.Name}.)");
        var evidence = result.Evidence.DistinctBy(e => (e.SourceId, e.SentenceNumber)).ToList();
        if (evidence.Count > 0)
        {
            body.Append(" Evidence:");
            foreach (var e in evidence)
            {
                var name = options.Sources.TryGetValue(e.SourceId, out var source) && !string.IsNullOrEmpty(source.Title) ? $"{source.Title} ({e.SourceId})" : e.SourceId;
                body.Append(CultureInfo.InvariantCulture, $" {name}, sentence {e.SentenceNumber}: \u201c{e.SentenceText}\u201d");
            }
        }

        return body.ToString();
    }
}
