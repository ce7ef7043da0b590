using System.Security.Cryptography;
using ClaimCheck.Claims;
using ClaimCheck.Tests.Check;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// <c>claimcheck extract</c> end to end, in a temporary claims folder holding the three schema files and a copy of a
/// fixture source under <c>sources/</c>: the drafts it writes validate, an existing file is never touched unless
/// asked, <c>--merge</c> keeps human edits and <c>--force</c> replaces them.
/// </summary>
[NonParallelizable] // runs change the working directory
public sealed class ExtractCommandTests
{
    private const string Target = "treaty.claims.json";
    private const string SourcePath = "sources/treaty.txt";

    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "claimcheck-extract-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "sources"));
        foreach (var schema in Directory.GetFiles(TestPaths.ClaimsDirectory, "*.schema.json"))
        {
            File.Copy(schema, Path.Combine(_root, Path.GetFileName(schema)));
        }

        CopySource("treaty.txt");
    }

    [TearDown]
    public void TearDown()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private void CopySource(string name, string folder = "sources") =>
        File.Copy(Path.Combine(TestPaths.Fixtures, "Sources", name), Path.Combine(_root, folder, name));

    private CheckRunOutput Run(params string[] args) => CheckTestBed.RunIn(_root, args);

    private string PathOf(string relative) => Path.Combine(_root, relative);

    private JObject ReadJson(string relative = Target) => JObject.Parse(File.ReadAllText(PathOf(relative)));

    private CheckRunOutput Validate()
    {
        var run = Run("validate", "--claims", _root);
        return run;
    }

    private void ShouldValidateCleanly()
    {
        var run = Validate();
        run.Exit.Should().Be(0, run.Output + run.Error);
        run.Lines.Should().ContainSingle().Which.Should().EndWith(": 0 errors, 0 warnings.", run.Output);
    }

    // --- a first extraction ------------------------------------------------------------------------------

    [Test]
    public void Extract_WritesDraftsThatValidate()
    {
        var run = Run("extract", SourcePath, "--out", Target);

        run.Exit.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty("the source lies inside the claims folder");
        run.Lines.Should().ContainSingle().Which.Should().StartWith($"{Target}: wrote ").And.Contain("draft claim(s) from sources/treaty.txt");
        ShouldValidateCleanly();

        var claimBase = ClaimBase.Load(_root);
        claimBase.Claims.Should().NotBeEmpty().And.OnlyContain(c => c.IsDraft && c.Confidence > 0 && c.Confidence <= 1);
    }

    [Test]
    public void Extract_DeclaresTheSourceWithItsRelativePathAndHash()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);

        var json = ReadJson();
        json["$schema"]!.Value<string>().Should().Be("./claims.schema.json");
        var source = json["sources"]!.Should().ContainSingle().Which;
        source["id"]!.Value<string>().Should().Be("treaty");
        source["path"]!.Value<string>().Should().Be(SourcePath);
        source["sha256"]!.Value<string>().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(SourcePath)))));
    }

    [Test]
    public void Extract_EveryDraftIsMarkedAndQuotesItsSentenceVerbatim()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);
        var text = File.ReadAllText(PathOf(SourcePath));
        var sentences = SourceDocument.FromFileText("treaty", SourcePath, text).Sentences;

        var claims = ReadJson()["claims"]!.Children<JObject>().ToList();

        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            var id = claim["id"]!.Value<string>();
            claim["draft"]!.Value<bool>().Should().BeTrue(id);
            claim["confidence"]!.Value<double>().Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(1);
            // One citation, or two for an elliptical sentence and the sentence it repeats.
            claim["provenance"]!.Children().Count().Should().BeInRange(1, 2, id);
            foreach (var provenance in claim["provenance"]!.Children<JObject>())
            {
                provenance["source"]!.Value<string>().Should().Be("treaty");
                var quote = provenance["quote"]!.Value<string>()!;
                text.Should().Contain(quote, id);
                sentences[provenance["sentence"]!.Value<int>() - 1].Text.Should().Be(quote, id);
            }
        }

        claims.Should().Contain(c => (string?)c["slots"]!["actor"] == "CHL" && (string?)c["provenance"]![0]!["quote"] == "So did Chile and Peru.", "the ellipsis is drafted");
    }

    [Test]
    public void Extract_WithoutOut_WritesSourceNameClaimsJsonInTheCurrentFolder()
    {
        var run = Run("extract", SourcePath);

        run.Exit.Should().Be(0, run.Error);
        File.Exists(PathOf("treaty.claims.json")).Should().BeTrue();
        ShouldValidateCleanly();
    }

    [Test]
    public void Extract_MarkdownSource_WritesDraftsThatValidate()
    {
        CopySource("trade.md");

        var run = Run("extract", "sources/trade.md", "--out", "trade.claims.json");

        run.Exit.Should().Be(0, run.Error);
        ShouldValidateCleanly();
        var claims = ReadJson("trade.claims.json")["claims"]!.Children<JObject>().ToList();
        claims.Should().Contain(c => (string?)c["kind"] == "vote" && (string?)c["slots"]!["position"] == "abstain");
        claims.Should().NotContain(c => c["provenance"]![0]!["quote"]!.Value<string>()!.Contains("closed its embassy"), "text in a fenced code block is not drafted");
    }

    // --- an existing target ---------------------------------------------------------------------------

    [Test]
    public void Extract_Again_WithoutMergeOrForce_ExitsTwoAndLeavesTheFileAsItWas()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);
        var before = File.ReadAllBytes(PathOf(Target));

        var run = Run("extract", SourcePath, "--out", Target);

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("already exists").And.Contain("--merge").And.Contain("--force");
        File.ReadAllBytes(PathOf(Target)).Should().Equal(before);
    }

    [Test]
    public void Merge_AfterAHumanEdit_KeepsTheEditAndAddsNothing()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);
        var (editedId, count) = EditOneDraft();
        var before = ReadJson();

        var run = Run("extract", SourcePath, "--out", Target, "--merge");

        run.Exit.Should().Be(0, run.Error);
        run.Lines.Should().ContainSingle().Which.Should().Contain("added 0 draft claim(s)");
        var after = ReadJson();
        JToken.DeepEquals(after, before).Should().BeTrue("nothing changes when every draft is already there:\n" + after);
        after["claims"]!.Should().HaveCount(count);
        var edited = after["claims"]!.Children<JObject>().Single(c => (string?)c["id"] == editedId);
        edited["slots"]!["status"]!.Value<string>().Should().Be("consular");
        edited.ContainsKey("draft").Should().BeFalse();
        after["reviewedBy"]!.Value<string>().Should().Be("the foreign desk");
        ShouldValidateCleanly();
    }

    [Test]
    public void Force_ReplacesAnEditedFile()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);
        var original = File.ReadAllText(PathOf(Target));
        EditOneDraft();

        var run = Run("extract", SourcePath, "--out", Target, "--force");

        run.Exit.Should().Be(0, run.Error);
        File.ReadAllText(PathOf(Target)).Should().Be(original, "--force writes a fresh draft file");
        ReadJson().ContainsKey("reviewedBy").Should().BeFalse();
        ShouldValidateCleanly();
    }

    [Test]
    public void MergeAndForce_Together_ExitTwoAndTouchNothing()
    {
        Run("extract", SourcePath, "--out", Target).Exit.Should().Be(0);
        var before = File.ReadAllBytes(PathOf(Target));

        var run = Run("extract", SourcePath, "--out", Target, "--merge", "--force");

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--merge").And.Contain("--force");
        File.ReadAllBytes(PathOf(Target)).Should().Equal(before);
    }

    [Test]
    public void MergeAndForce_Together_WithNoTarget_ExitTwoAndWriteNothing()
    {
        var run = Run("extract", SourcePath, "--out", Target, "--merge", "--force");

        run.Exit.Should().Be(2);
        File.Exists(PathOf(Target)).Should().BeFalse();
    }

    [Test]
    public void Merge_IntoInvalidJson_ExitsTwoAndLeavesTheFileAsItWas()
    {
        File.WriteAllText(PathOf(Target), "{ \"claims\": [ ");

        var run = Run("extract", SourcePath, "--out", Target, "--merge");

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("not valid JSON");
        File.ReadAllText(PathOf(Target)).Should().Be("{ \"claims\": [ ");
    }

    // --- bad sources ---------------------------------------------------------------------------------------

    [Test]
    public void MissingSource_ExitsTwoAndWritesNothing()
    {
        var run = Run("extract", "sources/missing.txt", "--out", "missing.claims.json");

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("claimcheck: sources/missing.txt: file not found.");
        File.Exists(PathOf("missing.claims.json")).Should().BeFalse();
    }

    [Test]
    public void SourceOutsideTheClaimsFolder_PrintsANoteOnStandardError()
    {
        Directory.CreateDirectory(PathOf("outside"));
        Directory.CreateDirectory(PathOf("claims"));
        CopySource("diplomacy.txt", "outside");

        var run = Run("extract", "outside/diplomacy.txt", "--out", "claims/diplomacy.claims.json");

        run.Exit.Should().Be(0, run.Error);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("claimcheck: note: outside/diplomacy.txt lies outside").And.Contain("copy it into the claims folder");
        ReadJson("claims/diplomacy.claims.json")["sources"]![0]!["path"]!.Value<string>().Should().Be("../outside/diplomacy.txt");
    }

    // Turns the first relations draft into a reviewed claim with another status, and adds a property the tool does not know.
    private (string Id, int Count) EditOneDraft()
    {
        var json = ReadJson();
        var claims = (JArray)json["claims"]!;
        var claim = claims.Children<JObject>().First(c => (string?)c["kind"] == "relations");
        claim["slots"]!["status"] = "consular";
        claim.Remove("draft");
        claim.Remove("confidence");
        json["reviewedBy"] = "the foreign desk";
        File.WriteAllText(PathOf(Target), json.ToString());
        return (claim["id"]!.Value<string>()!, claims.Count);
    }
}
