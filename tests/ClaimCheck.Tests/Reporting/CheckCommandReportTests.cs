using System.Text.RegularExpressions;
using ClaimCheck.Cli;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The sarif, html and claimreview formats end to end: <c>claimcheck check samples/iraq-article.md</c>, in-process.</summary>
public sealed partial class CheckCommandReportTests
{
    private static string Sample => Path.Combine(TestPaths.RepoRoot, "samples", "iraq-article.md");

    private static (int Exit, string Output, string Error) Check(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(["check", Sample, "--claims", TestPaths.ClaimsDirectory, "--fail-on", "never", .. options], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"<mark class=""s (contradicted|not-enough-info|supported)""")]
    private static partial Regex Mark();

    [Test]
    public async Task Sarif_OfTheSample_ValidatesAndReportsTheThreeWrongSentences()
    {
        var (exit, sarif, error) = Check("--format", "sarif");

        exit.Should().Be(0, error);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedDirectory, "schemas", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(sarif);
        errors.Should().BeEmpty(string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        var results = (JArray)JObject.Parse(sarif)["runs"]![0]!["results"]!;
        results.Select(r => (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!).Should().Equal(12, 22, 27);
        results.Should().AllSatisfy(r =>
        {
            ((string?)r["level"]).Should().Be("error");
            ((string?)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).Should().EndWith("samples/iraq-article.md");
            ((string?)r["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).Should().EndWith("claims/sources/globalsecurity-iraq-foreign-relations.txt");
            ((string?)r["partialFingerprints"]!["claimcheck/v1"]).Should().NotBeNullOrEmpty();
        });
    }

    [Test]
    public void Html_OfTheSample_HighlightsEveryVerdict()
    {
        var (exit, html, error) = Check("--format", "html");

        exit.Should().Be(0, error);
        var marks = Mark().Matches(html).Select(m => m.Groups[1].Value).ToList();
        marks.Should().Contain("contradicted").And.Contain("supported").And.Contain("not-enough-info");
        marks.Count(m => m == "contradicted").Should().Be(3);
        html.Should().Contain("Iraq voted against Russia at the UN.</mark>");
        html.Should().Contain("Code is not checked: Iraq has normalized relations with Israel.", "code blocks are shown but not highlighted");
    }

    [Test]
    public void ClaimReview_OfTheSample_HasTheSupportedAndContradictedSentences()
    {
        var (exit, json, error) = Check("--format", "claimreview", "--author", "Example News", "--date", "2024-11-02", "--url", "https://news.example/iraq");

        exit.Should().Be(0, error);
        var reviews = JArray.Parse(json);
        reviews.Select(r => (int)r["reviewRating"]!["ratingValue"]!).Should().OnlyContain(v => v == 1 || v == 5);
        reviews.Where(r => (int)r["reviewRating"]!["ratingValue"]! == 1).Select(r => (string?)r["claimReviewed"])
            .Should().Equal("Iraq voted against Russia at the UN.", "Iraq has joined Western sanctions against Russia.", "The United States withdrew from Iraq in 2014.");
        reviews.Should().Contain(r => (string?)r["claimReviewed"] == "Iraq is a member of OPEC+.");
        reviews.Should().AllSatisfy(r =>
        {
            ((string?)r["author"]!["name"]).Should().Be("Example News");
            ((string?)r["datePublished"]).Should().Be("2024-11-02");
            ((string?)r["itemReviewed"]!["author"]!["name"]).Should().Be("Sam Example");
        });
    }
}
