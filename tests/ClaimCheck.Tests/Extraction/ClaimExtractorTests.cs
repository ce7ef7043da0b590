using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Extraction;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The extractor's drafts from the sources under <c>Fixtures/Sources</c> (written for these tests): every draft is
/// marked as a draft with a confidence and cites its whole sentence verbatim; lists are distributed, "So did…"
/// repeats the previous sentence's facts, "The country…" is the previous subject, and the kinds are the ones the
/// sentences state.
/// </summary>
public sealed class ClaimExtractorTests
{
    private static readonly string[] Names = ["treaty.txt", "trade.md", "diplomacy.txt"];

    private static readonly Lazy<ClaimBase> SourcesBase = new(() => ClaimBase.FromSources(Names.Select(Source)));

    private static ClaimBase Base => SourcesBase.Value;

    private static string Source(string name) => Path.Combine(TestPaths.Fixtures, "Sources", name);

    /// <summary>The drafts citing the sentence of <paramref name="sourceId"/> whose text is <paramref name="sentence"/>.</summary>
    private static List<Claim> DraftsOf(string sourceId, string sentence)
    {
        var source = Base.FindSource(sourceId)!;
        var number = source.Sentences.Should().ContainSingle(s => s.Text == sentence, $"the fixture {sourceId} has the sentence \"{sentence}\"").Which.Number;
        return [.. Base.Claims.Where(c => c.Provenance[0].SourceId == sourceId && c.Provenance[0].SentenceNumber == number)];
    }

    private static string Describe(IEnumerable<Claim> claims) =>
        string.Join("; ", claims.Select(c => $"{c.Id} {c.Polarity} {c.Time} {string.Join(", ", c.Slots.Select(s => $"{s.Key}={s.Value}"))}"));

    private static string[] Values(Claim claim, string slot) => [.. claim.Slot(slot)?.Values ?? []];

    // --- every draft -----------------------------------------------------------------------------------

    [Test]
    public void Drafts_FromEveryFixture_AreMarkedDraftsWithAConfidence()
    {
        Base.Diagnostics.Should().BeEmpty();
        foreach (var source in Base.Sources)
        {
            Base.Claims.Count(c => c.Provenance[0].SourceId == source.Id).Should().BeGreaterThanOrEqualTo(5, $"{source.Id} states at least five typed facts");
        }

        foreach (var claim in Base.Claims)
        {
            claim.IsDraft.Should().BeTrue(claim.Id);
            claim.Confidence.Should().NotBeNull(claim.Id);
            claim.Confidence!.Value.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(1, claim.Id);
            claim.Kind.Should().NotBe(ClaimKind.Generic, "free-text generic facts are not drafted");
        }
    }

    [Test]
    public void Drafts_CiteTheirWholeSentenceVerbatimWithTheFileHash()
    {
        // An elliptical sentence's draft ("So did Chile and Peru.") also cites the sentence it repeats: every citation must hold.
        foreach (var (claim, provenance) in Base.Claims.SelectMany(c => c.Provenance.Select(p => (c, p))))
        {
            claim.Provenance.Length.Should().BeInRange(1, 2, claim.Id);
            var source = Base.FindSource(provenance.SourceId);
            source.Should().NotBeNull(claim.Id);
            var sentence = source!.SentenceAt(provenance.SentenceNumber);
            sentence.Should().NotBeNull(claim.Id);
            provenance.Quote.Should().Be(sentence!.Text, claim.Id);
            provenance.SentenceText.Should().Be(sentence.Text, claim.Id);
            provenance.Start.Should().Be(sentence.Start, claim.Id);
            provenance.Length.Should().Be(sentence.Length, claim.Id);
            source.Text.Substring(provenance.Start, provenance.Length).Should().Be(provenance.Quote, claim.Id);
            File.ReadAllText(source.Path).Substring(provenance.Start, provenance.Length).Should().Be(provenance.Quote, $"{claim.Id}: offsets point into the file as stored");
            provenance.SourceHash.Should().Be(source.Sha256, claim.Id);
        }

        foreach (var name in Names)
        {
            var source = Base.Sources.Single(s => s.Path == Source(name));
            source.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Source(name)))), $"{name} has no byte-order mark, so the hash is the file's");
        }
    }

    [Test]
    public void Drafts_HaveUniqueIdsNamingSourceSentenceAndKind()
    {
        Base.Claims.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        foreach (var claim in Base.Claims)
        {
            claim.Id.Should().StartWith($"{claim.Provenance[0].SourceId}.s{claim.Provenance[0].SentenceNumber}.{ClaimKinds.NameOf(claim.Kind)}");
            claim.Id.Should().MatchRegex("^[a-z0-9][a-z0-9._-]*$");
        }
    }

    [Test]
    public void Extract_IsDeterministic()
    {
        var again = ClaimBase.FromSources(Names.Select(Source));

        again.Claims.Select(c => c.Id).Should().Equal(Base.Claims.Select(c => c.Id));
        again.Claims.Select(Describe1).Should().Equal(Base.Claims.Select(Describe1));

        static string Describe1(Claim c) => Describe([c]) + " " + c.Confidence;
    }

    [Test]
    public void Drafts_AreTheSameFromTheExtractorDirectly()
    {
        var source = Base.FindSource("diplomacy")!;
        var extractor = new ClaimExtractor(EntityRegistry.Default, DomainKnowledge.Default, []);

        var drafts = extractor.Extract(source);

        drafts.Select(c => c.Id).Should().Equal(Base.Claims.Where(c => c.Provenance[0].SourceId == "diplomacy").Select(c => c.Id));
    }

    // --- lists, ellipsis, coreference ------------------------------------------------------------------

    [Test]
    public void List_IsDistributedOverEverySignatory()
    {
        var drafts = DraftsOf("treaty", "Norway, Iceland and Denmark all signed the Arctic fisheries treaty in 2019.");

        var signed = drafts.Where(c => c.Kind == ClaimKind.Event && c.Slot("action")?.First == "sign").ToList();
        signed.SelectMany(c => Values(c, "actor")).Should().BeEquivalentTo(["NOR", "ISL", "DNK"], Describe(drafts));
        signed.Should().OnlyContain(c => c.Polarity == Polarity.Asserted && c.Time!.ToString() == "2019", Describe(drafts));
    }

    [Test]
    public void Ellipsis_SoDidChileAndPeru_RepeatsThePreviousFactForEach()
    {
        var listed = DraftsOf("treaty", "Norway, Iceland and Denmark all signed the Arctic fisheries treaty in 2019.");
        var drafts = DraftsOf("treaty", "So did Chile and Peru.");

        drafts.Should().HaveCount(2, Describe(drafts));
        drafts.SelectMany(c => Values(c, "actor")).Should().BeEquivalentTo(["CHL", "PER"]);
        foreach (var draft in drafts)
        {
            draft.Kind.Should().Be(ClaimKind.Event);
            draft.Slot("action")!.First.Should().Be("sign");
            draft.Slot("detail")!.First.Should().Be(listed[0].Slot("detail")!.First);
            draft.Time!.ToString().Should().Be("2019");
            draft.Polarity.Should().Be(Polarity.Asserted);
            draft.Confidence.Should().BeLessThan(listed[0].Confidence!.Value, "a fact read through an ellipsis is less certain");
        }
    }

    [Test]
    public void Ellipsis_NeitherDid_RepeatsADeniedFact()
    {
        var claimBase = FromText("ellipsis.txt", "Canada did not sign the fisheries treaty in 2019. Neither did Mexico.\n\nBrazil joined the WTO in 1995. As did Chile.\n");

        var mexico = claimBase.Claims.Should().ContainSingle(c => Values(c, "actor").Contains("MEX"), Describe(claimBase.Claims)).Which;
        mexico.Polarity.Should().Be(Polarity.Denied);
        mexico.Provenance[0].Quote.Should().Be("Neither did Mexico.");
        var chile = claimBase.Claims.Should().ContainSingle(c => Values(c, "member").Contains("CHL"), Describe(claimBase.Claims)).Which;
        chile.Kind.Should().Be(ClaimKind.Membership);
        chile.Slot("organisation")!.First.Should().Be("wto");
        chile.Time!.ToString().Should().Be("1995");
    }

    [TestCase("So did Chile and Peru.", true)]
    [TestCase("As did Peru.", true)]
    [TestCase("Neither did Mexico.", true)]
    [TestCase("  so has Norway.", true)]
    [TestCase("Chile did so in 2020.", false)]
    [TestCase("Sodium exports rose.", false)]
    public void IsEllipsis_RecognisesSentencesThatRepeatThePreviousPredicate(string sentence, bool expected) =>
        ClaimExtractor.IsEllipsis(sentence).Should().Be(expected);

    [Test]
    public void Coreference_TheCountry_IsThePreviousSubject()
    {
        var direct = DraftsOf("diplomacy", "Angola left OPEC in 2023.");
        var drafts = DraftsOf("diplomacy", "The country remains a member of the African Union.");

        var membership = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Membership, Describe(drafts)).Which;
        Values(membership, "member").Should().Equal("AGO");
        Values(membership, "organisation").Should().Equal("au");
        membership.Polarity.Should().Be(Polarity.Asserted);
        membership.Confidence.Should().BeLessThan(direct.Max(c => c.Confidence!.Value), "a subject read through coreference is less certain");
    }

    // --- kinds -------------------------------------------------------------------------------------------

    [Test]
    public void Membership_AssertedDeniedAndLeft()
    {
        var tanzania = DraftsOf("trade", "Tanzania is a member of the World Trade Organization.").Should().ContainSingle(c => c.Kind == ClaimKind.Membership).Which;
        Values(tanzania, "member").Should().Equal("TZA");
        Values(tanzania, "organisation").Should().Equal("wto");
        tanzania.Polarity.Should().Be(Polarity.Asserted);

        var kenya = DraftsOf("trade", "Kenya joined the World Trade Organization in 1995.").Should().ContainSingle(c => c.Kind == ClaimKind.Membership).Which;
        Values(kenya, "member").Should().Equal("KEN");
        kenya.Time!.ToString().Should().Be("1995");

        var norway = DraftsOf("treaty", "Norway is not a member of the European Union.").Should().ContainSingle(c => c.Kind == ClaimKind.Membership).Which;
        Values(norway, "member").Should().Equal("NOR");
        Values(norway, "organisation").Should().Equal("eu");
        norway.Polarity.Should().Be(Polarity.Denied);

        var angola = DraftsOf("diplomacy", "Angola left OPEC in 2023.").Should().ContainSingle(c => c.Kind == ClaimKind.Membership).Which;
        Values(angola, "organisation").Should().Equal("opec");
        angola.Polarity.Should().Be(Polarity.Denied, "having left, Angola is no longer a member");
        angola.Time!.ToString().Should().Be("2023");
    }

    [Test]
    public void Vote_Abstention_HasItsPositionAndForum()
    {
        var drafts = DraftsOf("trade", "At the United Nations General Assembly, Kenya abstained on a resolution about deep-sea mining.");

        var vote = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Vote, Describe(drafts)).Which;
        Values(vote, "voter").Should().Equal("KEN");
        Values(vote, "position").Should().Equal("abstain");
        Values(vote, "forum").Should().Equal("un-general-assembly");
        vote.Slot("motion")!.First.Should().Contain("deep-sea mining");
    }

    [Test]
    [Ignore("Known gap: \"the same resolution\" is drafted with motion \"resolution\", not the deep-sea mining resolution of the previous sentence")]
    public void Vote_TheSameResolution_IsThePreviousSentencesMotion()
    {
        var vote = DraftsOf("trade", "Tanzania voted for the same resolution.").Should().ContainSingle(c => c.Kind == ClaimKind.Vote).Which;

        Values(vote, "position").Should().Equal("for");
        vote.Slot("motion")!.First.Should().Contain("deep-sea mining");
    }

    [Test]
    public void Relations_NoneFriendlyAndThroughAnEmbassy()
    {
        var georgia = DraftsOf("diplomacy", "Georgia and Russia have had no diplomatic relations since 2008.").Should().ContainSingle(c => c.Kind == ClaimKind.Relations).Which;
        georgia.EntityIds().Should().BeEquivalentTo(["GEO", "RUS"]);
        Values(georgia, "status").Should().Equal("diplomatic");
        georgia.Polarity.Should().Be(Polarity.Denied);

        var portugal = DraftsOf("diplomacy", "Portugal and Angola have friendly relations.").Should().ContainSingle(c => c.Kind == ClaimKind.Relations).Which;
        portugal.EntityIds().Should().BeEquivalentTo(["PRT", "AGO"]);
        Values(portugal, "status").Should().Equal("friendly");

        var uruguay = DraftsOf("diplomacy", "Uruguay opened an embassy in Vietnam in 2021 and sent its first ambassador to Hanoi that year.");
        uruguay.Should().Contain(c => c.Kind == ClaimKind.Relations && Values(c, "party").Contains("URY") && Values(c, "counterpart").Contains("VNM"), Describe(uruguay));
        uruguay.Should().Contain(c => c.Kind == ClaimKind.Event && c.Slot("action")!.First == "open" && c.Time!.ToString() == "2021", Describe(uruguay));
    }

    [Test]
    public void Recognition_Denied()
    {
        var drafts = DraftsOf("diplomacy", "Mongolia does not recognise Kosovo.");

        drafts.Should().NotBeEmpty();
        drafts.Should().OnlyContain(c => c.Polarity == Polarity.Denied && c.EntityIds().Contains("MNG"), Describe(drafts));
    }

    [Test]
    public void Transaction_IncludingAListOfItems_HasEveryItem()
    {
        var drafts = DraftsOf("diplomacy", "Indonesia bought military equipment from South Korea in 2023, including tanks, submarines and fighter jets.");

        var purchase = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Transaction, Describe(drafts)).Which;
        Values(purchase, "buyer").Should().Equal("IDN");
        Values(purchase, "seller").Should().Equal("KOR");
        Values(purchase, "items").Should().Contain(["tanks", "submarines", "fighter-jets"]);
        purchase.Time!.ToString().Should().Be("2023");

        var wheat = DraftsOf("trade", "Tanzania bought wheat from Zambia in 2021.").Should().ContainSingle(c => c.Kind == ClaimKind.Transaction).Which;
        Values(wheat, "buyer").Should().Equal("TZA");
        Values(wheat, "seller").Should().Equal("ZMB");
        Values(wheat, "items").Should().Equal("wheat");
    }

    [Test]
    public void Quantity_ThatRose_HasItsValueDirectionAndYear()
    {
        var drafts = DraftsOf("trade", "Kenya's tea exports to Tanzania rose to 45,000 tonnes in 2022.");

        var quantity = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Quantity, Describe(drafts)).Which;
        Values(quantity, "subject").Should().Equal("KEN");
        quantity.Slot("measure")!.First.Should().Contain("tea exports");
        Values(quantity, "direction").Should().Equal("increase");
        quantity.Slot("value")!.First.Should().Be("45000");
        quantity.Time!.ToString().Should().Be("2022");
    }

    [Test]
    public void DeniedEvent_CanadaDidNotSign()
    {
        var drafts = DraftsOf("treaty", "Canada did not sign the treaty.");

        var sign = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Event, Describe(drafts)).Which;
        Values(sign, "actor").Should().Equal("CAN");
        sign.Slot("action")!.First.Should().Be("sign");
        sign.Polarity.Should().Be(Polarity.Denied);
    }

    [Test]
    [Ignore("Known gap: a stance on a conflict that is not a registered event (\"the war between Armenia and Azerbaijan\") is not drafted: the stance's topic must be an entity")]
    public void Stance_NeutralOnAConflictBetweenTwoCountries()
    {
        var drafts = DraftsOf("diplomacy", "Ireland has remained neutral on the war between Armenia and Azerbaijan.");

        var stance = drafts.Should().ContainSingle(c => c.Kind == ClaimKind.Stance).Which;
        Values(stance, "actor").Should().Equal("IRL");
        Values(stance, "stance").Should().Equal("neutral");
        stance.EntityIds().Should().Contain(["ARM", "AZE"]);
    }

    // --- what is not drafted -----------------------------------------------------------------------------

    [Test]
    public void Headings_AndGenericFacts_AreNotDrafted()
    {
        DraftsOf("treaty", "The Arctic Fisheries Treaty").Should().BeEmpty();
        DraftsOf("diplomacy", "Diplomacy Notes").Should().BeEmpty();
        DraftsOf("treaty", "The treaty caps cod catches in northern waters and sets up a joint inspection service.").Should().BeEmpty("a fact about no known entity is free text");
    }

    [Test]
    public void MarkdownCodeBlock_IsNotDrafted()
    {
        var trade = Base.Claims.Where(c => c.Provenance[0].SourceId == "trade").ToList();

        trade.Should().NotContain(c => c.Provenance[0].Quote.Contains("closed its embassy", StringComparison.Ordinal), Describe(trade));
        trade.Should().NotContain(c => c.Kind == ClaimKind.Membership && c.Polarity == Polarity.Denied, Describe(trade));
        trade.Select(c => c.Time?.Year).Should().NotContain([2018, 2019], Describe(trade));
    }

    private static ClaimBase FromText(string name, string text)
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-extract-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ClaimBase.FromSources([path]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
