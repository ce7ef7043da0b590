using ClaimCheck.Cli.Reporting;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The schema.org ClaimReview JSON-LD export.</summary>
public sealed class ClaimReviewReportWriterTests
{
    private static JArray Reviews(CheckRun run) => JArray.Parse(ReportRuns.Write(new ClaimReviewReportWriter(), run));

    private static CheckRun ArticleRun(string? author = "Example News", string? date = "2024-11-01", string? url = "https://news.example/iraq") =>
        ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Article("docs/iraq.md")], author, date, url);

    [Test]
    public void OneReviewPerSupportedOrContradictedSentence_InDocumentOrder()
    {
        var reviews = Reviews(ArticleRun());

        reviews.Select(r => (string?)r["claimReviewed"]).Should().Equal(ReportRuns.Contradicted, ReportRuns.Supported);
        reviews.Should().AllSatisfy(r =>
        {
            ((string?)r["@context"]).Should().Be("https://schema.org");
            ((string?)r["@type"]).Should().Be("ClaimReview");
        });
    }

    [Test]
    public void ReviewRating_IsOneForContradictedAndFiveForSupported()
    {
        var reviews = Reviews(ArticleRun());

        var contradicted = reviews[0]!["reviewRating"]!;
        ((string?)contradicted["@type"]).Should().Be("Rating");
        ((int)contradicted["ratingValue"]!, (int)contradicted["bestRating"]!, (int)contradicted["worstRating"]!).Should().Be((1, 5, 1));
        ((string?)contradicted["alternateName"]).Should().Be("Contradicted by sources");

        var supported = reviews[1]!["reviewRating"]!;
        ((int)supported["ratingValue"]!).Should().Be(5);
        ((string?)supported["alternateName"]).Should().Be("Supported by sources");
    }

    [Test]
    public void ItemReviewed_IsAClaimAppearingInTheDocument()
    {
        var item = Reviews(ArticleRun())[0]!["itemReviewed"]!;

        ((string?)item["@type"]).Should().Be("Claim");
        ((string?)item["appearance"]!["@type"]).Should().Be("CreativeWork");
        ((string?)item["appearance"]!["name"]).Should().Be("docs/iraq.md");
        ((string?)item["appearance"]!["url"]).Should().Be("https://news.example/iraq");
        item["author"].Should().BeNull("the document has no front matter author");
    }

    [Test]
    public void AuthorDateAndUrl_ComeFromTheOptions()
    {
        var review = Reviews(ArticleRun())[0]!;

        ((string?)review["author"]!["@type"]).Should().Be("Organization");
        ((string?)review["author"]!["name"]).Should().Be("Example News");
        ((string?)review["datePublished"]).Should().Be("2024-11-01");
        ((string?)review["url"]).Should().Be("https://news.example/iraq");
    }

    [Test]
    public void WithoutOptions_AuthorDateAndUrlAreLeftOut()
    {
        var review = Reviews(ArticleRun(null, null, null))[0]!;

        review["author"].Should().BeNull();
        review["datePublished"].Should().BeNull();
        review["url"].Should().BeNull();
        review["itemReviewed"]!["appearance"]!["url"].Should().BeNull();
        ((string?)review["itemReviewed"]!["appearance"]!["name"]).Should().Be("docs/iraq.md");
    }

    [Test]
    public void ReviewBody_HasTheExplanationRuleAndEvidence()
    {
        var run = ArticleRun();
        var result = run.Findings.Single().Result;
        var evidence = result.Evidence[0];

        var review = Reviews(run)[0]!;

        var body = (string?)review["reviewBody"];
        body.Should().StartWith(result.Explanation);
        body.Should().Contain(result.Rule.Id);
        body.Should().Contain($"({evidence.SourceId}), sentence {evidence.SentenceNumber}: \u201c{evidence.SentenceText}\u201d");
        var citation = review["citation"]!.Should().BeOfType<JArray>().Which.First!;
        ((string?)citation["name"]).Should().Be("Iraq - Foreign Relations - World War III");
        ((string?)citation["url"]).Should().StartWith("https://www.globalsecurity.org/");
        ((string?)citation["text"]).Should().Be(evidence.SentenceText);
    }

    [Test]
    public void FrontMatterAuthor_IsTheClaimsAuthor()
    {
        const string text = "---\ntitle: x\nauthor: \"Jane Example\"\n---\n\nIraq is a member of OPEC+.\n";
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "a.md", text, [ReportRuns.Supported])]);

        var author = Reviews(run)[0]!["itemReviewed"]!["author"]!;

        ((string?)author["@type"]).Should().Be("Person");
        ((string?)author["name"]).Should().Be("Jane Example");
    }

    [TestCase("https://news.example/", "docs/a b.md", "https://news.example/docs/a%20b.md")]
    [TestCase("https://news.example/story", "docs/a.md", "https://news.example/story")]
    [TestCase(null, "docs/a.md", null)]
    public void DocumentUrl_BaseUrlEndingInASlashTakesThePath(string? url, string path, string? expected)
    {
        ClaimReviewReportWriter.DocumentUrl(url, path).Should().Be(expected);
    }

    [Test]
    public void NoSupportedOrContradictedSentence_GivesAnEmptyArray()
    {
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "a.md", ReportRuns.NotEnoughInfo, [ReportRuns.NotEnoughInfo])]);

        Reviews(run).Should().BeEmpty();
    }

    [Test]
    public void Output_IsDeterministic()
    {
        ReportRuns.Write(new ClaimReviewReportWriter(), ArticleRun()).Should().Be(ReportRuns.Write(new ClaimReviewReportWriter(), ArticleRun()));
    }
}
