using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimCheck.Checking;
using ClaimCheck.Cli.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The HTML report: self-contained, escaped, every checked sentence highlighted with its note; rendered in Chromium.</summary>
public sealed partial class HtmlReportWriterTests
{
    private const string Chromium = "/usr/bin/chromium";

    private const string ScriptDocument =
        "# <script>alert(1)</script> in a heading\n\n" +
        "Iraq has joined Western sanctions against Russia. Iraq is a member of OPEC+.\n\n" +
        "A note: <script>alert(1)</script> & \"quotes\" 'too'.\n";

    private static CheckRun ArticleRun() => ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Article()]);

    private static CheckRun ScriptRun() => ReportRuns.Run(
        ReportRuns.Script,
        FailLevel.Contradicted,
        [ReportRuns.Document(
            ReportRuns.Script,
            "docs/<script>alert(1)</script>.md",
            ScriptDocument,
            ["Iraq has joined Western sanctions against Russia.", "Iraq is a member of OPEC+."],
            ["A note: <script>alert(1)</script> & \"quotes\" 'too'."])]);

    private static string Html(CheckRun run) => ReportRuns.Write(new HtmlReportWriter(), run);

    [GeneratedRegex(@"<mark class=""s ([a-z-]+)""[^>]*>")]
    private static partial Regex Mark();

    [Test]
    public void ScriptInDocumentAndClaimBase_IsEscapedEverywhere()
    {
        var run = ScriptRun();
        run.Documents[0].Sentences.Where(s => s.Result is not null).Select(s => s.Result!.Verdict)
            .Should().Equal(Verdict.Contradicted, Verdict.Supported);

        var html = Html(run);

        html.Should().NotContainEquivalentOf("<script>alert");
        html.Should().NotContain("alert('title')</");
        Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Should().ContainSingle("the page's own inline script is the only one");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("<title>ClaimCheck report: docs/&lt;script&gt;alert(1)&lt;/script&gt;.md</title>");
        html.Should().Contain("A &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; note", "the source title is escaped");
        html.Should().Contain("&amp; &quot;quotes&quot; &#39;too&#39;");
    }

    [Test]
    public void ScriptInEvidence_IsEscapedInTheExplanationAndTheEvidenceSentence()
    {
        var html = Html(ScriptRun());

        html.Should().Contain("<p class=\"explanation\">The source says &quot;Iraq has not joined Western sanctions against Russia, the &lt;script&gt;alert(1)&lt;/script&gt; note says&quot;: the opposite of the statement.</p>");
        html.Should().Contain("<strong>Iraq has not joined Western sanctions against Russia, the &lt;script&gt;alert(1)&lt;/script&gt; note says</strong>.");
    }

    [Test]
    public void Page_IsSelfContained()
    {
        var html = Html(ArticleRun());

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<style>").And.Contain("<script>").And.Contain("Content-Security-Policy");
        html.Should().NotContainAny(" src=", "<link", "@import", "url(", "href=\"http", "href=\"//");
    }

    [Test]
    public void Header_CountsEachVerdictAndTheSkippedSentences()
    {
        var html = Html(ArticleRun());

        html.Should().Contain("<li class=\"contradicted\"><span class=\"n\">1</span>\u2717 contradicted</li>");
        html.Should().Contain("<li class=\"not-enough-info\"><span class=\"n\">1</span>? not enough info</li>");
        html.Should().Contain("<li class=\"supported\"><span class=\"n\">1</span>\u2713 supported</li>");
        html.Should().Contain("<li class=\"skipped\"><span class=\"n\">2</span>skipped");
    }

    [Test]
    public void FilterButtons_OnePerVerdict()
    {
        var html = Html(ArticleRun());

        foreach (var verdict in new[] { "contradicted", "not-enough-info", "supported" })
        {
            html.Should().Contain($"<button type=\"button\" data-filter=\"{verdict}\" aria-pressed=\"true\">");
            html.Should().Contain($".hide-{verdict} .note.{verdict}");
        }
    }

    [Test]
    public void CheckedSentences_AreHighlightedInTheTextInOrderWithALabel()
    {
        var html = Html(ArticleRun());

        Mark().Matches(html).Select(m => m.Groups[1].Value).Should().Equal("contradicted", "supported", "not-enough-info");
        html.Should().Contain("<a class=\"label\" href=\"#doc-1-n1\">1 \u2717 contradicted</a>" + ReportRuns.Contradicted + "</mark>");
        html.Should().Contain("Some background first. <mark", "the text between highlights is kept");
        html.Should().Contain(ReportRuns.Skipped, "skipped sentences are shown, not highlighted");
        html.Should().NotContain("<mark class=\"s suppressed\"");
    }

    [Test]
    public void Notes_GiveExplanationRuleAndEvidenceWithSourceAndSentenceNumber()
    {
        var run = ArticleRun();
        var contradicted = run.Findings.Single().Result;
        var evidence = contradicted.Evidence[0];

        var html = Html(run);

        var note = html[html.IndexOf("<article class=\"note contradicted\" id=\"doc-1-n1\">", StringComparison.Ordinal)..];
        note = note[..(note.IndexOf("</article>", StringComparison.Ordinal) + "</article>".Length)];
        note.Should().Contain("CC1002 exclusive-value");
        note.Should().Contain(System.Net.WebUtility.HtmlEncode(contradicted.Explanation));
        note.Should().Contain($"{evidence.SourceId}, sentence {evidence.SentenceNumber}");
        note.Should().Contain("(Iraq - Foreign Relations - World War III)");
        note.Should().Contain(System.Net.WebUtility.HtmlEncode(evidence.Quote));
        note.Should().Contain("finding: fails the check");
        html.Should().Contain("<article class=\"note supported\" id=\"doc-1-n2\">");
        html.Should().Contain("<article class=\"note not-enough-info\" id=\"doc-1-n3\">");
    }

    [Test]
    public void StatementOfSeveralParts_NoteNamesTheDecidingRuleAndListsTheParts()
    {
        const string statement = "Iraq voted against Russia at the UN and is a member of OPEC+.";
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "a.md", statement, [statement])]);

        var html = Html(run);

        html.Should().Contain("<span class=\"rule\">CC1002 exclusive-value</span>");
        html.Should().Contain("<ul class=\"atoms\">");
        html.Should().Contain("<li><span class=\"label\">\u2713 supported</span>Iraq is a member of OPEC+. <span class=\"rule\">CC1009</span></li>");
    }

    [Test]
    public void SuppressedSentence_IsMarkedButHasNoNote()
    {
        const string text = "Iraq is a member of OPEC+. Iraq voted against Russia at the UN.";
        var document = ReportRuns.Document(ReportRuns.Bundled, "a.md", text, ["Iraq is a member of OPEC+."], suppressed: ["Iraq voted against Russia at the UN."]);

        var html = Html(ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [document]));

        html.Should().Contain("<mark class=\"s suppressed\" title=\"suppressed: not checked\"><span class=\"label\">suppressed</span>Iraq voted against Russia at the UN.</mark>");
        html.Should().Contain("<li class=\"suppressed\"><span class=\"n\">1</span>suppressed</li>");
        Regex.Matches(html, "<article class=\"note").Should().ContainSingle();
    }

    [Test]
    public void SeveralDocuments_HaveAContentsListAndSectionsInOrder()
    {
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Article("a.md"), ReportRuns.Article("b.md")]);

        var html = Html(run);

        html.Should().Contain("<li><a href=\"#doc-1\">a.md</a>").And.Contain("<li><a href=\"#doc-2\">b.md</a>");
        html.IndexOf("<section class=\"document\" id=\"doc-1\">", StringComparison.Ordinal)
            .Should().BeLessThan(html.IndexOf("<section class=\"document\" id=\"doc-2\">", StringComparison.Ordinal));
        html.Should().Contain("id=\"doc-2-s1\"");
    }

    [Test]
    public void Output_IsDeterministic()
    {
        Html(ArticleRun()).Should().Be(Html(ArticleRun()));
    }

    [Test]
    public void RenderedInChromium_ShowsTheVerdictHighlights()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (apt-get install -y chromium); the HTML render test is skipped.");
        }

        var directory = Directory.CreateTempSubdirectory("claimcheck-render-");
        try
        {
            var withContradiction = Screenshot(directory.FullName, "article", Html(ArticleRun()));
            withContradiction.Width.Should().Be(1200);
            withContradiction.Count(HtmlReportAssets.ContradictedHighlight, 2).Should().BeGreaterThan(1000, "the contradicted sentence is highlighted");
            withContradiction.Count(HtmlReportAssets.SupportedHighlight, 2).Should().BeGreaterThan(1000, "the supported sentence is highlighted");
            withContradiction.Count(HtmlReportAssets.NotEnoughInfoHighlight, 2).Should().BeGreaterThan(1000, "the not-enough-info sentence is highlighted");

            var supportedOnly = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "s.md", ReportRuns.Supported, [ReportRuns.Supported])]);
            var withoutContradiction = Screenshot(directory.FullName, "supported", Html(supportedOnly));
            withoutContradiction.Count(HtmlReportAssets.ContradictedHighlight, 2).Should().Be(0, "only a contradicted highlight has that colour");
            withoutContradiction.Count(HtmlReportAssets.SupportedHighlight, 2).Should().BeGreaterThan(1000);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static PngImage Screenshot(string directory, string name, string html)
    {
        var page = Path.Combine(directory, name + ".html");
        var png = Path.Combine(directory, name + ".png");
        File.WriteAllText(page, html);

        var script = Path.Combine(TestPaths.RepoRoot, "scripts", "render-html.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, page, png, "1200,1600" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("render-html.sh did not finish within three minutes.");
        }

        process.ExitCode.Should().Be(0, $"render-html.sh failed: {stderr.Result}{stdout.Result}");
        File.Exists(png).Should().BeTrue();
        return PngImage.Decode(File.ReadAllBytes(png));
    }
}
