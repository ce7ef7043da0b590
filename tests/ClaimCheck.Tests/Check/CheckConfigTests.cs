using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Check;

/// <summary><c>.claimcheck.json</c>: discovery, what it sets, command-line overrides, and errors that name the file and line.</summary>
[NonParallelizable] // runs change the working directory
public sealed class CheckConfigTests
{
    private CheckTestBed _bed = null!;

    [SetUp]
    public void SetUp() => _bed = new CheckTestBed();

    [TearDown]
    public void TearDown() => _bed.Dispose();

    private static string[] FindingPaths(CheckRunOutput run) =>
        [.. JObject.Parse(run.Output)["findings"]!.Select(f => (string)f["path"]!)];

    [Test]
    public void Config_IsFoundAboveTheWorkingDirectory_AndItsGlobsAreRelativeToItsFolder()
    {
        _bed.Write(".claimcheck.json", $$"""{ "claims": {{CheckTestBed.ClaimsJson}}, "include": ["docs/**/*.md"] }""");
        _bed.CopyFixture("article.md", "docs/guide/article.md");
        _bed.CopyFixture("article.md", "notes/article.md");
        var inner = Directory.CreateDirectory(Path.Combine(_bed.Root, "notes", "deeper")).FullName;

        var run = CheckTestBed.RunIn(inner, ["check", "--format", "json"]);

        run.Exit.Should().Be(1, run.Error);
        FindingPaths(run).Should().Equal("../../docs/guide/article.md");
    }

    [Test]
    public void ClaimsFolder_DefaultsToTheOneBesideTheConfiguration()
    {
        _bed.Write(".claimcheck.json", """{ "include": ["docs/*.md"] }""");
        var link = Path.Combine(_bed.Root, "claims");
        Directory.CreateSymbolicLink(link, TestPaths.ClaimsDirectory);
        _bed.CopyFixture("article.md", "docs/article.md");

        CheckRunOutput run;
        try
        {
            run = CheckTestBed.RunIn(Path.Combine(_bed.Root, "docs"), ["check"]);
        }
        finally
        {
            Directory.Delete(link); // the link only, never the bundled claims it points at
        }

        run.Exit.Should().Be(1, run.Error);
        run.Lines[0].Should().StartWith("article.md:6:28: contradicted CC1002: ");
    }

    [Test]
    public void CommandLinePaths_OverrideInclude()
    {
        _bed.Write(".claimcheck.json", $$"""{ "claims": {{CheckTestBed.ClaimsJson}}, "include": ["docs/*.md"] }""");
        _bed.CopyFixture("article.md", "docs/article.md");
        _bed.CopyFixture("clean.md", "clean.md");

        var run = _bed.Run("check", "clean.md");

        run.Exit.Should().Be(0, run.Output + run.Error);
    }

    [Test]
    public void Exclude_DropsFilesFoundThroughGlobsAndFolders()
    {
        _bed.Write(".claimcheck.json", $$"""{ "claims": {{CheckTestBed.ClaimsJson}}, "include": ["docs/**/*.md"], "exclude": ["docs/drafts/**"] }""");
        _bed.CopyFixture("article.md", "docs/drafts/article.md");
        _bed.CopyFixture("clean.md", "docs/clean.md");

        _bed.Run("check").Exit.Should().Be(0);
        _bed.Run("check", "docs").Exit.Should().Be(0);
        _bed.Run("check", "docs/drafts/article.md").Exit.Should().Be(1, "a file named on the command line is checked");
    }

    [TestCase("""{ "failOn": "never" }""", new string[0], 0, TestName = "failOn from the configuration")]
    [TestCase("""{ "failOn": "never" }""", new[] { "--fail-on", "contradicted" }, 1, TestName = "--fail-on overrides failOn")]
    [TestCase("""{ "rules": { "CC1002": "off" } }""", new string[0], 0, TestName = "A rule switched off decides nothing")]
    [TestCase("""{ "claims": "no-such-folder" }""", new[] { "--claims", "CLAIMS" }, 1, TestName = "--claims overrides claims")]
    [TestCase("""{ "claims": "no-such-folder" }""", new string[0], 2, TestName = "claims from the configuration, relative to it")]
    public void CommandLine_OverridesTheConfiguration(string config, string[] options, int exit)
    {
        _bed.Write(".claimcheck.json", config);
        _bed.CopyFixture("article.md", "article.md");
        var claims = config.Contains("\"claims\"", StringComparison.Ordinal) ? [] : new[] { "--claims", TestPaths.ClaimsDirectory };
        var args = options.Select(o => o == "CLAIMS" ? TestPaths.ClaimsDirectory : o);

        var run = _bed.Run(["check", "article.md", .. claims, .. args]);

        run.Exit.Should().Be(exit, run.Output + run.Error);
    }

    [Test]
    public void RuleSeverity_FromTheConfiguration_IsWhatTheReportsShow()
    {
        _bed.Write(".claimcheck.json", """{ "rules": { "CC1002": "warning" } }""");
        _bed.CopyFixture("article.md", "article.md");

        var run = _bed.Check("article.md", "--format", "github");

        run.Lines[0].Should().StartWith("::warning file=article.md,line=6,col=28,");
        run.Exit.Should().Be(1, "the fail level, not the severity, decides the exit code");
    }

    [Test]
    public void ExplicitConfig_IsUsedInsteadOfDiscovery()
    {
        _bed.Write(".claimcheck.json", """{ "failOn": "contradicted" }""");
        _bed.Write("ci/lenient.json", """{ "failOn": "never" }""");
        _bed.CopyFixture("article.md", "article.md");

        _bed.Check("article.md").Exit.Should().Be(1);
        _bed.Check("article.md", "--config", "ci/lenient.json").Exit.Should().Be(0);
    }

    [TestCase("{ \"failOn\": \"contradicted\",\n  \"rules\": { \"CC9999\": \"error\" }\n}", 2, "Unknown rule id 'CC9999'.", TestName = "Unknown rule id")]
    [TestCase("{\n  \"rules\": {\n    \"CC1002\": \"fatal\"\n  }\n}", 3, "The severity of CC1002 must be \"error\", \"warning\", \"note\" or \"off\".", TestName = "Bad severity")]
    [TestCase("{\n  \"failOn\": \"sometimes\"\n}", 2, "'failOn' must be \"contradicted\", \"unverified\" or \"never\".", TestName = "Bad fail level")]
    [TestCase("{\n  \"claims\": \"claims\",\n  \"sauces\": []\n}", 3, "Unknown property 'sauces'.", TestName = "Unknown property")]
    [TestCase("{\n  \"include\": \"docs/*.md\"\n}", 2, "'include' must be an array of globs", TestName = "Include not an array")]
    [TestCase("{\n  \"claims\": \"claims\",\n  \"include\": [\"docs/*.md\"\n}", 4, "Invalid JSON", TestName = "Invalid JSON")]
    [TestCase("[\"docs/*.md\"]", 1, "The configuration must be a JSON object.", TestName = "Not an object")]
    public void BadConfig_ExitsTwoWithAnErrorNamingFileAndLine(string config, int line, string message)
    {
        _bed.Write(".claimcheck.json", config);
        _bed.CopyFixture("article.md", "docs/article.md");
        var inner = Directory.CreateDirectory(Path.Combine(_bed.Root, "docs")).FullName;

        var run = CheckTestBed.RunIn(inner, ["check", "article.md", "--claims", TestPaths.ClaimsDirectory]);

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        var error = run.ErrorLines.Should().ContainSingle().Subject;
        error.Should().MatchRegex($@"^\.\./\.claimcheck\.json:{line}:\d+: error CC0017: ");
        error.Should().Contain(message);
    }

    [Test]
    public void BadConfig_ColumnPointsAtTheOffendingProperty()
    {
        _bed.Write(".claimcheck.json", "{\n  \"rules\": {\n    \"CC9999\": \"off\"\n  }\n}");
        _bed.CopyFixture("article.md", "article.md");

        var run = _bed.Check("article.md");

        run.ErrorLines.Should().Equal(".claimcheck.json:3:5: error CC0017: Unknown rule id 'CC9999'. See docs/rules.md for the rule ids.");
    }
}
