using ClaimCheck.Claims;
using ClaimCheck.Storage;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Storage;

public sealed class ClaimsFileDocumentTests
{
    private const string NoteSha256 = "1cb3da1a6bd53e755be0959047d7ee34db4f946ffe79c62cbb4803309e6620a1";

    // Unknown fields at the top ("x-owner") and in a claim ("reviewedBy"), properties in no alphabetical
    // order, a typographic apostrophe, and Newtonsoft's own 2-space indentation.
    private static readonly string EditedFile = """
        {
          "x-owner": "desk-7",
          "claims": [
            {
              "kind": "membership",
              "id": "iraq-opec-plus",
              "reviewedBy": "editor@example.org",
              "slots": {
                "organisation": "opec-plus",
                "member": "IRQ"
              },
              "provenance": [
                {
                  "quote": "Iraq is a member of OPEC+",
                  "source": "note",
                  "sentence": 1
                }
              ],
              "note": "Iraq’s membership, checked twice"
            }
          ],
          "sources": [
            {
              "id": "note",
              "path": "sources/note.txt",
              "sha256": "1cb3da1a6bd53e755be0959047d7ee34db4f946ffe79c62cbb4803309e6620a1"
            }
          ],
          "$schema": "./claims.schema.json"
        }

        """.ReplaceLineEndings("\n");

    private string _dir = "";

    private static string ValidFolder => Path.Combine(TestPaths.Fixtures, "Valid");

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "sources"));
        File.Copy(Path.Combine(ValidFolder, "sources", "note.txt"), Path.Combine(_dir, "sources", "note.txt"));
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    // Writes the hand-edited file, opens it, adds two claims of the valid fixture and saves it.
    private (string Path, Claim[] Added) SaveEditedFileWithTwoAddedClaims()
    {
        var path = Path.Combine(_dir, "desk.claims.json");
        File.WriteAllText(path, EditedFile);
        var valid = ClaimBase.Load(ValidFolder);
        var added = new[] { valid.FindClaim("iraq-abstained")!, valid.FindClaim("iraq-envoy-baghdad")! };

        var document = ClaimsFileDocument.Open(path);
        foreach (var claim in added)
        {
            document.Claims.Add(ClaimsFileDocument.ToJson(claim));
        }

        document.Save();
        return (path, added);
    }

    [Test]
    public void Save_AfterAddingClaims_KeepsUnknownFieldsOrderAndTheOriginalClaimText()
    {
        var (path, _) = SaveEditedFileWithTwoAddedClaims();

        var saved = File.ReadAllText(path);
        var claimsEnd = EditedFile.IndexOf("\n  ],\n  \"sources\"", StringComparison.Ordinal);
        saved.Should().StartWith(EditedFile[..claimsEnd], "the original claim's text is unchanged");
        saved.Should().EndWith(EditedFile[claimsEnd..], "the sources and the fields after the claims are unchanged");

        var root = JObject.Parse(saved);
        root.Properties().Select(p => p.Name).Should().Equal("x-owner", "claims", "sources", "$schema");
        ((string?)root["x-owner"]).Should().Be("desk-7");
        var first = (JObject)root["claims"]![0]!;
        first.Properties().Select(p => p.Name).Should().Equal("kind", "id", "reviewedBy", "slots", "provenance", "note");
        ((JObject)first["slots"]!).Properties().Select(p => p.Name).Should().Equal("organisation", "member");
        ((string?)first["reviewedBy"]).Should().Be("editor@example.org");
        JToken.DeepEquals(first, JObject.Parse(EditedFile)["claims"]![0]).Should().BeTrue();
    }

    [Test]
    public void Save_AfterAddingClaims_WritesAFileThatLoadsWithTheSameClaims()
    {
        var (path, added) = SaveEditedFileWithTwoAddedClaims();
        var reloaded = ClaimBase.Load(_dir);

        reloaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        reloaded.Claims.Select(c => c.Id).Should().Equal("iraq-opec-plus", "iraq-abstained", "iraq-envoy-baghdad");
        foreach (var original in added)
        {
            var copy = reloaded.FindClaim(original.Id)!;
            copy.Kind.Should().Be(original.Kind);
            copy.Polarity.Should().Be(original.Polarity);
            copy.Slots.Should().BeEquivalentTo(original.Slots);
            copy.Provenance.Should().Equal(original.Provenance);
        }
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void OpenThenSave_TwoSpaceIndentedFile_IsByteIdentical(string newLine)
    {
        var path = Path.Combine(_dir, "desk.claims.json");
        var text = EditedFile.ReplaceLineEndings(newLine);
        File.WriteAllText(path, text);
        var before = File.ReadAllBytes(path);

        ClaimsFileDocument.Open(path).Save();

        File.ReadAllBytes(path).Should().Equal(before);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().Equal("desk.claims.json");
    }

    [Test]
    public void OpenThenSave_ValidFixture_IsByteIdentical()
    {
        var path = Path.Combine(_dir, "note.claims.json");
        File.Copy(Path.Combine(ValidFolder, "note.claims.json"), path);
        var before = File.ReadAllBytes(path);

        ClaimsFileDocument.Open(path).Save();

        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Test]
    public void ToJson_Claim_WritesTheFieldsAClaimsFileHolds()
    {
        var claim = ClaimBase.Load(ValidFolder).FindClaim("iraq-envoy-baghdad")!;

        var json = ClaimsFileDocument.ToJson(claim);

        json.Properties().Select(p => p.Name).Should().Equal("id", "kind", "slots", "provenance");
        ((string?)json["kind"]).Should().Be("event");
        ((JObject)json["slots"]!).Properties().Select(p => $"{p.Name}={p.Value}").Should().Equal("actor=IRQ", "action=meet", "place=IRQ");
        var provenance = (JObject)json["provenance"]![0]!;
        ((string?)provenance["source"]).Should().Be("note");
        ((int?)provenance["sentence"]).Should().Be(2);
        ((string?)provenance["quote"]).Should().Be("Iraq\u2019s envoy met officials in Baghdad");
    }

    [Test]
    public void Create_ThenSave_WritesAnEmptyClaimsFileThatPointsAtTheSchema()
    {
        var path = Path.Combine(_dir, "new.claims.json");

        var document = ClaimsFileDocument.Create(path);
        document.Save();

        File.ReadAllText(path).Should().Be("{\n  \"$schema\": \"./claims.schema.json\",\n  \"sources\": [],\n  \"claims\": []\n}\n");
        document.Claims.Should().BeEmpty();
        document.ContainsSource("note").Should().BeFalse();
    }

    [Test]
    public void ContainsClaimAndSource_OpenedFile_FindTheirIds()
    {
        var path = Path.Combine(_dir, "desk.claims.json");
        File.WriteAllText(path, EditedFile);

        var document = ClaimsFileDocument.Open(path);

        document.ContainsClaim("iraq-opec-plus").Should().BeTrue();
        document.ContainsClaim("iraq-abstained").Should().BeFalse();
        document.ContainsSource("note").Should().BeTrue();
        ((string?)document.Sources[0]!["sha256"]).Should().Be(NoteSha256);
    }
}
