using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Storage;

/// <summary>
/// <see cref="ClaimBase.Load"/> on the broken folders under <c>Fixtures/Invalid/</c>: one folder per problem, each with
/// the exact diagnostic it must produce. Every fixture cites <c>sources/note.txt</c>, three sentences:
/// "Iraq is a member of OPEC+." / "Iraq’s envoy met officials in Baghdad." / "Iraq abstained in the vote on the resolution."
/// </summary>
public sealed class ClaimBaseLoaderTests
{
    private const string NoteSha256 = "1cb3da1a6bd53e755be0959047d7ee34db4f946ffe79c62cbb4803309e6620a1";
    private const string ClaimsFile = "note.claims.json";

    private static string Invalid(string name) => Path.Combine(TestPaths.Fixtures, "Invalid", name);

    private static string ValidFolder => Path.Combine(TestPaths.Fixtures, "Valid");

    private static string[] Diagnostics(ClaimBase claimBase) => [.. claimBase.Diagnostics.Select(d => d.ToString())];

    private static string[] Ids(ClaimBase claimBase) => [.. claimBase.Claims.Select(c => c.Id)];

    // --- valid input ---------------------------------------------------------------------------

    [Test]
    public void Load_ValidFolder_ReportsNothingAndKeepsEveryClaim()
    {
        var claimBase = ClaimBase.Load(ValidFolder);

        Diagnostics(claimBase).Should().BeEmpty();
        claimBase.HasErrors.Should().BeFalse();
        Ids(claimBase).Should().Equal("iraq-opec-plus", "iraq-envoy-baghdad", "iraq-abstained");
        claimBase.Sources.Should().ContainSingle().Which.Sha256.Should().Be(NoteSha256);
    }

    [Test]
    public void Load_QuoteWithStraightApostrophe_MatchesTheTypographicOneInTheSentence()
    {
        // The claims file quotes "Iraq's envoy met officials in Baghdad"; the source says "Iraq’s".
        var claimBase = ClaimBase.Load(ValidFolder);

        Diagnostics(claimBase).Should().BeEmpty();
        var provenance = claimBase.FindClaim("iraq-envoy-baghdad")!.Provenance.Should().ContainSingle().Subject;
        provenance.SentenceNumber.Should().Be(2);
        provenance.Quote.Should().Be("Iraq\u2019s envoy met officials in Baghdad", "the provenance keeps the source's own words");
        provenance.SentenceText.Should().Be("Iraq\u2019s envoy met officials in Baghdad.");
        var source = claimBase.FindSource("note")!;
        source.Text.Substring(provenance.Start, provenance.Length).Should().Be(provenance.Quote);
    }

    // --- one test per diagnostic ------------------------------------------------------------------

    [Test]
    public void Load_MissingComma_ReportsCC0001AtTheUnexpectedCharacter()
    {
        // Line 12 is `"kind": "membership"` without its comma; line 13 `      "slots": {` starts at column 7.
        var dir = Invalid("InvalidJson");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:13:7: error CC0001: Invalid JSON: After parsing a value an unexpected character was encountered: \".");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_ClaimWithoutProvenance_ReportsCC0002AtTheClaim()
    {
        var dir = Invalid("MissingProvenance");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:10:5: error CC0002: Schema: claims[0]: missing required property 'provenance'.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_UnknownKind_ReportsCC0002AtTheKind()
    {
        var dir = Invalid("BadKind");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:12:24: error CC0002: Schema: claims[0].kind: value is not one of the allowed values.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_SameIdInTwoFiles_ReportsCC0003AtTheSecondAndKeepsTheFirst()
    {
        var dir = Invalid("DuplicateId");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, "b.claims.json")}:26:11: error CC0003: Duplicate claim id 'iraq-opec-plus' (first defined in {Path.Combine(dir, "a.claims.json")}:11).");
        Ids(claimBase).Should().Equal("iraq-opec-plus", "iraq-abstained");
        claimBase.FindClaim("iraq-opec-plus")!.Kind.Should().Be(ClaimKind.Membership);
    }

    [Test]
    public void Load_EntityNameInsteadOfId_ReportsCC0004WithDidYouMean()
    {
        var dir = Invalid("UnknownEntity");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:14:17: error CC0004: Slot 'member' refers to unknown entity 'Iraq'. Did you mean 'IRQ' (Iraq)?",
            $"{Path.Combine(dir, ClaimsFile)}:29:17: error CC0004: Slot 'member' refers to unknown entity 'Narnia'. Add it to entities.json or use a known id.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_QuoteNotInCitedSentence_ReportsCC0005AtTheQuote()
    {
        var dir = Invalid("QuoteNotInSentence");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:21:18: error CC0005: Quote \"Iraq is a founding member of OPEC+\" is not verbatim in sentence 1 of 'note': \"Iraq is a member of OPEC+.\".");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_SourceHashDiffers_ReportsCC0006ListingTheAffectedClaims()
    {
        var dir = Invalid("SourceChanged");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:6:15: error CC0006: Source 'note' changed since its claims were written (sha256 is now {NoteSha256}); review claims: iraq-opec-plus, iraq-abstained.");
        Ids(claimBase).Should().Equal("iraq-opec-plus", "iraq-abstained");
    }

    [Test]
    public void Load_SourceTextEdited_ReportsCC0006ListingAlsoTheClaimsItBroke()
    {
        // sources/note.txt now says "Iraq is a founding member of OPEC+.": the first claim's quote no longer
        // matches (CC0005), and it is the claim most in need of review, so CC0006 must name it too.
        var dir = Invalid("SourceEdited");
        var file = Path.Combine(dir, ClaimsFile);

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{file}:21:18: error CC0005: Quote \"Iraq is a member of OPEC+\" is not verbatim in sentence 1 of 'note': \"Iraq is a founding member of OPEC+.\".",
            $"{file}:6:15: error CC0006: Source 'note' changed since its claims were written (sha256 is now 0b5b5e2fdb194a6ed67b73765362fcaa82660cf431e76f3df31666283e4a5dfe); review claims: iraq-opec-plus, iraq-abstained.");
        Ids(claimBase).Should().Equal("iraq-abstained");
    }

    [Test]
    public void Load_ObjectsAndArraysWhereScalarsBelong_ReportsSchemaErrorsInsteadOfThrowing()
    {
        var dir = Invalid("WrongTypes");
        var file = Path.Combine(dir, ClaimsFile);

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{file}:7:16: error CC0002: Schema: sources[0].title: a string is expected.",
            $"{file}:12:13: error CC0002: Schema: claims[0].id: a string is expected.",
            $"{file}:37:21: error CC0002: Schema: claims[1].provenance[0].source: a string is expected.",
            $"{file}:53:9: error CC0002: Schema: claims[2].qualifiers[0]: a string is expected.",
            $"{file}:55:20: error CC0002: Schema: claims[2].draft: true or false is expected.",
            $"{file}:56:26: error CC0002: Schema: claims[2].confidence: a number is expected.",
            $"{file}:60:21: error CC0009: Source 'note' has 3 sentences; there is no sentence 99999999999.");
        Ids(claimBase).Should().Equal("iraq-opec-plus");
    }

    [Test]
    public void Load_SourcePathOutsideTheFolder_ReportsCC0007()
    {
        var dir = Invalid("SourceOutside");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:5:13: error CC0007: Source 'note' path '../outside.txt' is outside the claims folder; copy the source into it (e.g. sources/).");
        claimBase.Sources.Should().BeEmpty();
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_SourceFileMissing_ReportsCC0008()
    {
        var dir = Invalid("SourceMissing");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:5:13: error CC0008: Source 'note' file 'sources/missing.txt' does not exist.");
        claimBase.Sources.Should().BeEmpty();
    }

    [Test]
    public void Load_SentenceNumberPastTheEnd_ReportsCC0009AtTheSentence()
    {
        var dir = Invalid("SentenceOutOfRange");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:20:21: error CC0009: Source 'note' has 3 sentences; there is no sentence 9.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_ProvenanceCitesUndeclaredSource_ReportsCC0010()
    {
        var dir = Invalid("UnknownSource");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:19:19: error CC0010: Provenance cites source 'other', which no claims file declares under \"sources\".");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_BadSlotValueUnknownSlotAndBadDate_ReportCC0011Each()
    {
        var dir = Invalid("InvalidSlot");
        var file = Path.Combine(dir, ClaimsFile);

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{file}:16:17: error CC0011: Slot 'status' value 'full-member' is not one of: member, founding-member, observer, associate-member, permanent-member, non-permanent-member, candidate.",
            $"{file}:32:18: error CC0011: A vote claim has no slot 'country' (slots: voter, position, forum, motion, target, motionAction).",
            $"{file}:49:13: error CC0011: Claim 'iraq-abstained-in-february': time '2024-02-30' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_SourceIdDeclaredTwiceWithOtherPath_ReportsCC0012()
    {
        var dir = Invalid("ConflictingSource");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, "b.claims.json")}:5:13: error CC0012: Source 'note' is already declared in {Path.Combine(dir, "a.claims.json")} with another path.");
        claimBase.Sources.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(dir, "sources/note.txt"), "the first declaration wins");
    }

    [Test]
    public void Load_FolderMissing_ReportsCC0013WithoutPosition()
    {
        var dir = Invalid("DoesNotExist");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal($"{dir}: error CC0013: The claims folder does not exist.");
        claimBase.Claims.Should().BeEmpty();
    }

    [Test]
    public void Load_FolderWithoutClaimsFile_ReportsCC0013()
    {
        var dir = Invalid("NoClaimsFiles");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal($"{dir}: error CC0013: The claims folder holds no '*.claims.json' file.");
    }

    [Test]
    public void Load_KnowledgeNamesSlotTheKindLacks_ReportsCC0015InKnowledgeJson()
    {
        var dir = Invalid("KnowledgeUnknownSlot");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, "knowledge.json")}:6:13: error CC0015: Kind 'vote' has no slot 'stance'.");
        Ids(claimBase).Should().Equal("iraq-abstained");
    }

    // --- what loading keeps ----------------------------------------------------------------------

    [Test]
    public void Load_OneBadClaimAmongGoodOnes_KeepsTheGoodClaims()
    {
        var dir = Invalid("OneBadClaim");

        var claimBase = ClaimBase.Load(dir);

        Diagnostics(claimBase).Should().Equal(
            $"{Path.Combine(dir, ClaimsFile)}:29:17: error CC0004: Slot 'member' refers to unknown entity 'Narnia'. Add it to entities.json or use a known id.");
        Ids(claimBase).Should().Equal("iraq-opec-plus", "iraq-abstained");
        claimBase.FindClaim("narnia-opec-plus").Should().BeNull();
        claimBase.FindClaim("iraq-abstained")!.Slot("position")!.First.Should().Be("abstain");
    }

    [Test]
    public void Load_EveryInvalidFixture_ReportsOnlyErrorsInsideItsFolder()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.Fixtures, "Invalid")))
        {
            var claimBase = ClaimBase.Load(dir);

            claimBase.HasErrors.Should().BeTrue($"{dir} is broken on purpose");
            claimBase.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.File != null && d.File.StartsWith(dir, StringComparison.Ordinal));
        }
    }

    [Test]
    public void Load_RelativeFolder_ReportsPathsRelativeToTheCurrentDirectory()
    {
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = TestPaths.Fixtures;
            var dir = Path.Combine("Invalid", "QuoteNotInSentence");

            var claimBase = ClaimBase.Load(dir);

            claimBase.Diagnostics.Should().ContainSingle().Which.File.Should().Be(Path.Combine("Invalid", "QuoteNotInSentence", ClaimsFile));
            claimBase.Diagnostics[0].ToString().Should().StartWith($"{Path.Combine("Invalid", "QuoteNotInSentence", ClaimsFile)}:21:18: error CC0005: ");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
