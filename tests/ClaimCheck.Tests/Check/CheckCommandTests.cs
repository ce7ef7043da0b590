using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Check;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Check;

/// <summary><c>claimcheck check</c> end to end: files, formats, fail levels and exit codes.</summary>
[NonParallelizable] // runs change the working directory
public sealed class CheckCommandTests
{
    private const string Contradicted = "Iraq voted against Russia at the UN.";

    private static readonly Lazy<ClaimChecker> SharedChecker = new(() => ClaimChecker.Create(ClaimBase.Load(TestPaths.ClaimsDirectory)));

    private CheckTestBed _bed = null!;

    [SetUp]
    public void SetUp() => _bed = new CheckTestBed();

    [TearDown]
    public void TearDown() => _bed.Dispose();

    private static CheckResult Verdict(string sentence) => SharedChecker.Value.Check(sentence);

    private static JObject Json(CheckRunOutput run) => JObject.Parse(run.Output);

    // --- exit codes and fail levels -------------------------------------------------------------------

    [TestCase("article.md", null, 1, 1, TestName = "Contradicted sentence, default level: exit 1")]
    [TestCase("article.md", "contradicted", 1, 1, TestName = "Contradicted sentence, fail on contradicted: exit 1")]
    [TestCase("article.md", "unverified", 1, 2, TestName = "Contradicted and unverified, fail on unverified: both are findings, exit 1")]
    [TestCase("article.md", "never", 0, 1, TestName = "Contradicted sentence, fail never: reported, exit 0")]
    [TestCase("clean.md", null, 0, 0, TestName = "Supported and suppressed only: exit 0")]
    [TestCase("clean.md", "unverified", 0, 0, TestName = "Supported and suppressed only, fail on unverified: exit 0")]
    [TestCase("unverified.txt", null, 0, 0, TestName = "Not enough info, default level: no finding, exit 0")]
    [TestCase("unverified.txt", "unverified", 1, 1, TestName = "Not enough info, fail on unverified: exit 1")]
    [TestCase("unverified.txt", "never", 0, 0, TestName = "Not enough info, fail never: exit 0")]
    public void FailLevel_DecidesTheFindingsAndTheExitCode(string fixture, string? failOn, int exit, int findings)
    {
        _bed.CopyFixture(fixture, fixture);
        string[] level = failOn is null ? [] : ["--fail-on", failOn];

        var run = _bed.Check([fixture, "--format", "json", .. level]);

        run.Exit.Should().Be(exit, run.Error);
        run.Error.Should().BeEmpty();
        var json = Json(run);
        json["findings"]!.Should().HaveCount(findings);
        json["findings"]!.Select(f => (bool)f["failure"]!).Should().AllBeEquivalentTo(failOn != "never");
        json["failOn"]!.Value<string>().Should().Be(failOn ?? "contradicted");
    }

    [TestCase(new[] { "missing.md" }, "claimcheck: no such file or folder: 'missing.md'.", TestName = "Missing file")]
    [TestCase(new[] { "docs/**/*.rst" }, "claimcheck: the glob 'docs/**/*.rst' matches no file.", TestName = "Glob matching nothing")]
    [TestCase(new[] { "empty" }, "claimcheck: the folder 'empty' holds no Markdown or text file (**/*.md, **/*.markdown, **/*.txt).", TestName = "Folder without documents")]
    [TestCase(new[] { "docs/article.md", "--date", "2024-13-01" }, "claimcheck: --date must be a date in the form YYYY-MM-DD, not '2024-13-01'.", TestName = "Bad date")]
    [TestCase(new[] { "docs/article.md", "--url", "not a url" }, "claimcheck: --url must be an absolute URL, not 'not a url'.", TestName = "Bad URL")]
    [TestCase(new[] { "docs/article.md", "--update-baseline" }, "claimcheck: --update-baseline needs a baseline file: give --baseline FILE or \"baseline\" in .claimcheck.json.", TestName = "Update baseline without a file")]
    [TestCase(new[] { "docs/article.md", "--baseline", "missing.json" }, "missing.json: error CC0016: The baseline file does not exist; create it with --update-baseline.", TestName = "Missing baseline")]
    [TestCase(new[] { "docs/article.md", "--config", "missing.json" }, "claimcheck: the configuration file 'missing.json' does not exist.", TestName = "Missing configuration")]
    public void InputError_ExitsTwoAndNamesTheProblem(string[] args, string expected)
    {
        _bed.CopyFixture("article.md", "docs/article.md");
        Directory.CreateDirectory(Path.Combine(_bed.Root, "empty"));

        var run = _bed.Check(args);

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal(expected);
    }

    [TestCase("--fail-on", "sometimes", TestName = "Unknown fail level")]
    [TestCase("--format", "pdf", TestName = "Unknown format")]
    [TestCase("--no-such-option", "x", TestName = "Unknown option")]
    public void BadOption_ExitsTwo(string option, string value)
    {
        _bed.CopyFixture("article.md", "article.md");

        var run = _bed.Check("article.md", option, value);

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Contain(l => l.StartsWith("claimcheck: ", StringComparison.Ordinal));
    }

    [Test]
    public void NoPathsAndNoConfiguration_ExitsTwo()
    {
        var run = _bed.Check();

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().Equal("claimcheck: no files to check: give PATH or GLOB arguments, or \"include\" globs in .claimcheck.json.");
    }

    [Test]
    public void ClaimsFolderWithErrors_ExitsTwo()
    {
        _bed.CopyFixture("article.md", "article.md");

        var run = _bed.Run("check", "article.md", "--claims", Path.Combine(TestPaths.Fixtures, "Invalid", "InvalidJson"));

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().Contain(l => l.Contains("error CC0001", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("claimcheck: the claims folder", StringComparison.Ordinal));
    }

    [Test]
    public void EveryFormatName_EitherWritesAReportOrSaysItIsNotAvailable()
    {
        _bed.CopyFixture("article.md", "article.md");

        foreach (var format in ReportWriters.Names)
        {
            var run = _bed.Check("article.md", "--format", format, "--author", "Desk", "--date", "2024-05-01");

            if (ReportWriters.Find(format) is null)
            {
                run.Exit.Should().Be(2, format);
                run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"claimcheck: the '{format}' format is not available in this build of claimcheck; use one of: text, json");
            }
            else
            {
                run.Exit.Should().Be(1, $"{format}: {run.Error}");
                run.Output.Should().NotBeEmpty(format);
                run.Error.Should().BeEmpty(format);
            }
        }
    }

    // --- files ------------------------------------------------------------------------------------

    [Test]
    public void FolderArgument_ChecksItsMarkdownAndTextFiles_SortedByPath()
    {
        _bed.CopyFixture("clean.md", "docs/b.md");
        _bed.CopyFixture("article.md", "docs/sub/a.markdown");
        _bed.CopyFixture("unverified.txt", "docs/a.txt");
        _bed.Write("docs/data.json", "{}");

        var run = _bed.Check("docs", "--format", "json");

        Json(run)["files"]!.Select(f => (string)f["path"]!).Should().Equal("docs/a.txt", "docs/b.md", "docs/sub/a.markdown");
    }

    [Test]
    public void GlobsAndPaths_AreCombinedWithoutDuplicates()
    {
        _bed.CopyFixture("clean.md", "docs/b.md");
        _bed.CopyFixture("article.md", "docs/deep/a.md");
        _bed.CopyFixture("article.md", "other/c.md");

        var run = _bed.Check("docs/**/*.md", "docs/b.md", "other/*.md", "--format", "json");

        Json(run)["files"]!.Select(f => (string)f["path"]!).Should().Equal("docs/b.md", "docs/deep/a.md", "other/c.md");
    }

    [Test]
    public void TextFile_IsReadAsPlainText_MarkdownFileAsMarkdown()
    {
        const string text = "```\nIraq voted against Russia at the UN.\n```\n";
        _bed.Write("a.md", text);
        _bed.Write("a.txt", text);

        var run = _bed.Check("a.md", "a.txt", "--format", "json");

        Json(run)["findings"]!.Select(f => (string)f["path"]!).Should().Equal("a.txt");
    }

    [Test]
    public void Output_WritesTheReportToTheFile_AndNothingToStdout()
    {
        _bed.CopyFixture("article.md", "article.md");
        var direct = _bed.Check("article.md", "--format", "json");

        var run = _bed.Check("article.md", "--format", "json", "--output", "out/report.json");

        run.Exit.Should().Be(1);
        run.Output.Should().BeEmpty();
        _bed.Read("out/report.json").Should().Be(direct.Output);
    }

    // --- formats ----------------------------------------------------------------------------------

    [Test]
    public void TextFormat_PrintsFindingsEvidenceAndSummary()
    {
        _bed.CopyFixture("article.md", "docs/article.md");
        var result = Verdict(Contradicted);

        var run = _bed.Check("docs/article.md");

        string[] expected =
        [
            $"docs/article.md:6:28: contradicted CC1002: {result.Explanation}",
            .. result.Evidence.Select(e => $"  evidence: {e.SourceId} #{e.SentenceNumber}: {e.SentenceText}"),
            "1 files, 3 sentences checked, 2 skipped, 1 contradicted, 1 not enough info, 1 supported",
        ];
        run.Lines.Should().Equal(expected);
        result.Evidence.Should().NotBeEmpty();
        run.Output.Should().NotContain("\u001b[", "redirected output never has escape codes");
        run.Error.Should().BeEmpty("no progress when stderr is not a terminal");
    }

    [Test]
    public void TextFormat_UnverifiedFindings_NameTheirVerdictAndRule()
    {
        _bed.CopyFixture("unverified.txt", "notes.txt");

        var run = _bed.Check("notes.txt", "--fail-on", "unverified");

        run.Lines.Should().Equal(
            $"notes.txt:2:1: not-enough-info CC1903: {Verdict("Iraq signed a trade deal with Chile in 2019.").Explanation}",
            "1 files, 2 sentences checked, 0 skipped, 0 contradicted, 1 not enough info, 1 supported");
    }

    [Test]
    public void GithubFormat_PrintsOneWorkflowCommandPerFinding()
    {
        _bed.CopyFixture("article.md", "docs/article.md");
        var contradicted = Verdict(Contradicted);
        var unverified = Verdict("Iraq signed a trade deal with Chile in 2019.");
        var message = $"contradicted: {contradicted.Explanation}" + string.Concat(contradicted.Evidence.Select(e => $"%0Aevidence: {e.SourceId} #{e.SentenceNumber}: {e.SentenceText}"));

        var run = _bed.Check("docs/article.md", "--format", "github", "--fail-on", "unverified");

        run.Lines.Should().Equal(
            $"::error file=docs/article.md,line=6,col=28,endLine=6,endColumn=64,title=ClaimCheck CC1002::{message}",
            $"::warning file=docs/article.md,line=8,col=1,endLine=8,endColumn=45,title=ClaimCheck CC1903::not-enough-info: {unverified.Explanation}",
            "ClaimCheck: 1 files, 3 sentences checked, 2 skipped, 1 contradicted, 1 not enough info, 1 supported");
        message.Should().NotContain("\n");
    }

    [Test]
    public void GithubFormat_EscapesPropertiesAndMessage()
    {
        _bed.Write("a,b: c.md", "100% sure:\n\n**Iraq** voted against Russia at the UN.\n");

        var run = _bed.Check("a,b: c.md", "--format", "github");

        run.Lines[0].Should().StartWith("::error file=a%2Cb%3A c.md,line=3,col=3,endLine=3,endColumn=41,title=ClaimCheck CC1002::contradicted: ");
    }

    [TestCase("plain", "plain", "plain")]
    [TestCase("100%", "100%25", "100%25")]
    [TestCase("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [TestCase("x: y, z", "x: y, z", "x%3A y%2C z")]
    [TestCase("%3A", "%253A", "%253A")]
    public void GithubEscaping_FollowsTheWorkflowCommandRules(string text, string data, string property)
    {
        GithubReportWriter.EscapeData(text).Should().Be(data);
        GithubReportWriter.EscapeProperty(text).Should().Be(property);
    }

    [Test]
    public void JsonFormat_HasTheDocumentedStructure()
    {
        _bed.CopyFixture("article.md", "docs/article.md");
        var contradicted = Verdict(Contradicted);

        var json = Json(_bed.Check("docs/article.md", "--format", "json"));

        json.Properties().Select(p => p.Name).Should().Equal("version", "tool", "failOn", "summary", "files", "findings");
        json["version"]!.Value<int>().Should().Be(1);
        json["tool"]!["name"]!.Value<string>().Should().Be("claimcheck");
        json["summary"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be(
            """{"files":1,"sentences":5,"checked":3,"skipped":2,"suppressed":0,"contradicted":1,"notEnoughInfo":1,"supported":1,"findings":1,"failures":1}""");

        var file = json["files"]!.Should().ContainSingle().Subject;
        file["path"]!.Value<string>().Should().Be("docs/article.md");
        var sentences = file["sentences"]!;
        sentences.Select(s => (string)s["text"]!).Should().Equal("Foreign relations", "Iraq is a member of OPEC+.", Contradicted, "Iraq signed a trade deal with Chile in 2019.", "Did Iraq vote against Russia?");
        sentences.Select(s => (string)s["status"]!).Should().Equal("skipped", "checked", "checked", "checked", "skipped");
        sentences.Select(s => (string?)s["verdict"]).Should().Equal(null, "supported", "contradicted", "not-enough-info", null);
        sentences.Select(s => (string?)s["skipReason"]).Should().Equal("no known entity", null, null, null, "question");
        foreach (var sentence in sentences)
        {
            ((JObject)sentence).Properties().Select(p => p.Name).Should().Equal("line", "column", "endLine", "endColumn", "text", "status", "verdict", "rule", "explanation", "skipReason", "evidence");
        }

        var wrong = sentences[2]!;
        ((int)wrong["line"]!, (int)wrong["column"]!, (int)wrong["endLine"]!, (int)wrong["endColumn"]!).Should().Be((6, 28, 6, 64));
        wrong["rule"]!.Value<string>().Should().Be("CC1002");
        wrong["explanation"]!.Value<string>().Should().Be(contradicted.Explanation);
        wrong["evidence"]!.Select(e => (int)e["sentence"]!).Should().Equal(contradicted.Evidence.Select(e => e.SentenceNumber));
        ((JObject)wrong["evidence"]![0]!).Properties().Select(p => p.Name).Should().Equal("source", "sentence", "text", "start", "length", "claim", "quote");

        var finding = (JObject)json["findings"]!.Should().ContainSingle().Subject;
        finding.Properties().Select(p => p.Name).Should().Equal("path", "line", "column", "endLine", "endColumn", "text", "verdict", "rule", "ruleName", "severity", "failure", "explanation", "fingerprint", "evidence");
        finding["path"]!.Value<string>().Should().Be("docs/article.md");
        finding["ruleName"]!.Value<string>().Should().Be("exclusive-value");
        finding["severity"]!.Value<string>().Should().Be("error");
        finding["failure"]!.Value<bool>().Should().BeTrue();
        finding["fingerprint"]!.Value<string>().Should().MatchRegex("^[0-9a-f]{32}$");
    }

    // --- determinism and parallelism -------------------------------------------------------------------

    [Test]
    public void TwoRuns_OverTheSameFiles_GiveTheSameBytes()
    {
        for (var i = 0; i < 12; i++)
        {
            _bed.CopyFixture(i % 2 == 0 ? "article.md" : "clean.md", $"docs/part{i:00}.md");
        }

        var first = _bed.Check("docs", "--format", "json");
        var second = _bed.Check("docs", "--format", "json");

        first.Output.Should().Be(second.Output);
        Json(first)["files"]!.Select(f => (string)f["path"]!).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCount(12);
        _bed.Check("docs", "--format", "github").Output.Should().Be(_bed.Check("docs", "--format", "github").Output);
    }

    [Test]
    public void ParallelCheck_GivesTheSameResultsInTheSameOrderAsSequential()
    {
        var files = Enumerable.Range(0, 40)
            .Select(i => (new InputFile($"/tmp/doc{i:00}.md", $"doc{i:00}.md", DocumentFormat.Markdown),
                i % 3 == 0 ? CheckTestBed.Fixture("article.md") : i % 3 == 1 ? CheckTestBed.Fixture("clean.md") : $"# Part {i}\n\nIraq signed a trade deal with Chile in {1990 + i}.\n"))
            .ToList();

        var parallel = CheckCommand.CheckFiles(SharedChecker.Value, files, parallel: true);
        var sequential = CheckCommand.CheckFiles(SharedChecker.Value, files, parallel: false);

        parallel.Select(d => d.Path).Should().Equal(files.Select(f => f.Item1.DisplayPath));
        parallel.Select(Documents.DocumentCheckerTests.Describe).Should().Equal(sequential.Select(Documents.DocumentCheckerTests.Describe));
    }

    // --- this repository ---------------------------------------------------------------------------------

    [Test]
    public void RepositoryDocs_Pass()
    {
        var run = CheckTestBed.RunIn(TestPaths.RepoRoot, ["check", "docs/", "--claims", TestPaths.ClaimsDirectory]);

        run.Exit.Should().Be(0, run.Output + run.Error);
        run.Lines[^1].Should().MatchRegex(@"^\d+ files, \d+ sentences checked, \d+ skipped, 0 contradicted, \d+ not enough info, \d+ supported$");
    }
}
