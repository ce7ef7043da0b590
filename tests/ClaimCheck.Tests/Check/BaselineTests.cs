using ClaimCheck.Cli.Check;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Check;

/// <summary>Baselines: accepting known findings, and fingerprints that survive edits elsewhere in the file.</summary>
[NonParallelizable] // runs change the working directory
public sealed class BaselineTests
{
    private const string Baseline = "baseline.json";

    private CheckTestBed _bed = null!;

    [SetUp]
    public void SetUp()
    {
        _bed = new CheckTestBed();
        _bed.CopyFixture("article.md", "docs/article.md");
    }

    [TearDown]
    public void TearDown() => _bed.Dispose();

    private void Accept()
    {
        var update = _bed.Check("docs", "--baseline", Baseline, "--update-baseline");
        update.Exit.Should().Be(0, update.Error);
    }

    private void Edit(Func<string, string> change) => _bed.Write("docs/article.md", change(_bed.Read("docs/article.md")));

    [Test]
    public void UpdateBaseline_WritesTheFindingsAndExitsZero()
    {
        var update = _bed.Check("docs", "--baseline", Baseline, "--update-baseline");

        update.Exit.Should().Be(0);
        update.ErrorLines.Should().Equal($"claimcheck: wrote 1 finding(s) to the baseline {Baseline}.");
        var json = JObject.Parse(_bed.Read(Baseline));
        json["version"]!.Value<int>().Should().Be(1);
        var entry = json["findings"]!.Should().ContainSingle().Subject;
        entry["path"]!.Value<string>().Should().Be("docs/article.md");
        entry["rule"]!.Value<string>().Should().Be("CC1002");
        entry["text"]!.Value<string>().Should().Be("Iraq voted against Russia at the UN.");
        entry["fingerprint"]!.Value<string>().Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Test]
    public void Rerun_WithTheBaseline_ExitsZero()
    {
        Accept();

        var run = _bed.Check("docs", "--baseline", Baseline);

        run.Exit.Should().Be(0);
        run.Lines.Should().Equal("1 files, 3 sentences checked, 2 skipped, 1 contradicted, 1 not enough info, 1 supported");
        run.ErrorLines.Should().Equal("claimcheck: 1 finding(s) accepted by the baseline.");
    }

    [Test]
    public void EditElsewhereInTheFile_KeepsTheFingerprint()
    {
        Accept();
        Edit(text => text.Replace("# Foreign relations\n", "# Foreign relations\n\nA new opening paragraph.\nIt spans two lines, and moves everything down.\n\n", StringComparison.Ordinal)
            .Replace("Iraq is a member of OPEC+. ", "Iraq is a member of OPEC+, as everyone knows.\n", StringComparison.Ordinal));

        var run = _bed.Check("docs", "--baseline", Baseline, "--format", "json");

        run.Exit.Should().Be(0, run.Output);
        JObject.Parse(run.Output)["files"]![0]!["sentences"]!.Should().Contain(s => (string)s["verdict"]! == "contradicted" && (int)s["line"]! == 11);
    }

    [Test]
    public void ChangedSentence_IsANewFinding()
    {
        Accept();
        Edit(text => text.Replace("at the UN.\n\n", "at the United Nations.\n\n", StringComparison.Ordinal));

        var run = _bed.Check("docs", "--baseline", Baseline);

        run.Exit.Should().Be(1);
        run.Lines[0].Should().StartWith("docs/article.md:6:28: contradicted CC1002: ");
    }

    [Test]
    public void SecondCopyOfAnAcceptedSentence_IsANewFinding()
    {
        Accept();
        Edit(text => text + "\nIraq voted against Russia at the UN.\n");

        var run = _bed.Check("docs", "--baseline", Baseline, "--format", "json");

        run.Exit.Should().Be(1);
        JObject.Parse(run.Output)["findings"]!.Select(f => (int)f["line"]!).Should().Equal(14);
    }

    [Test]
    public void Baseline_FromTheConfiguration_IsRelativeToIt()
    {
        _bed.Write(".claimcheck.json", $$"""{ "claims": {{CheckTestBed.ClaimsJson}}, "include": ["docs/*.md"], "baseline": "ci/baseline.json" }""");
        _bed.Write("ci/.keep", "");
        var inner = Path.Combine(_bed.Root, "docs");

        CheckTestBed.RunIn(inner, ["check", "--update-baseline"]).Exit.Should().Be(0);
        File.Exists(Path.Combine(_bed.Root, "ci", "baseline.json")).Should().BeTrue();

        CheckTestBed.RunIn(inner, ["check"]).Exit.Should().Be(0);
        CheckTestBed.RunIn(_bed.Root, ["check"]).Exit.Should().Be(0, "fingerprints use paths relative to the configuration, whatever the working directory");
    }

    [TestCase("{ \"version\": 1, \"findings\": [ { \"path\": \"x\" } ] }", "baseline.json:1:30: error CC0002: Every baseline entry needs a \"fingerprint\" string.")]
    [TestCase("{ \"version\": 2, \"findings\": [] }", "baseline.json:1:3: error CC0002: Unsupported baseline version; this claimcheck writes version 1.")]
    [TestCase("{ \"findings\": [", "baseline.json:1:15: error CC0001: Invalid JSON: Unexpected end of content while loading JObject.")]
    public void BadBaseline_ExitsTwoNamingTheLine(string text, string expected)
    {
        _bed.Write(Baseline, text);

        var run = _bed.Check("docs", "--baseline", Baseline);

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().Equal(expected);
    }

    [TestCase("Iraq voted against Russia at the UN.", "  iraq  voted against\nRussia at the UN.  ", true)]
    [TestCase("Iraq’s vote", "Iraq's vote", true)]
    [TestCase("Iraq voted against Russia at the UN.", "Iraq voted against Russia in the UN.", false)]
    public void Normalise_IgnoresCaseWhitespaceAndQuoteStyle(string a, string b, bool same)
    {
        (Fingerprints.Normalise(a) == Fingerprints.Normalise(b)).Should().Be(same);
    }

    [Test]
    public void Fingerprint_DependsOnPathRuleTextAndOccurrence_NotOnLines()
    {
        var fingerprint = Fingerprints.Of("docs/a.md", "CC1002", "iraq voted", 0);

        fingerprint.Should().MatchRegex("^[0-9a-f]{32}$").And.Be(Fingerprints.Of("docs/a.md", "CC1002", "iraq voted", 0));
        new[]
        {
            Fingerprints.Of("docs/b.md", "CC1002", "iraq voted", 0),
            Fingerprints.Of("docs/a.md", "CC1001", "iraq voted", 0),
            Fingerprints.Of("docs/a.md", "CC1002", "iraq abstained", 0),
            Fingerprints.Of("docs/a.md", "CC1002", "iraq voted", 1),
        }.Should().NotContain(fingerprint).And.OnlyHaveUniqueItems();
    }
}
