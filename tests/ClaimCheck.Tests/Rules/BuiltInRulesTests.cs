using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Rules;

/// <summary>
/// Every built-in rule, fired and not fired, on the <c>nordic-americas</c> fixture. Its two sources say (sentence numbers
/// as <c>claimcheck claims --sentences</c> lists them):
/// <list type="bullet">
/// <item>nordic-security-notes: #2 Norway is a founding member of NATO. #3 Iceland is not a member of the European Union.
/// #4 Finland joined NATO in 2023. #5 At the United Nations, Sweden abstained on a resolution that condemned Belarus.
/// #6 Denmark does not have diplomatic relations with Taiwan. #7 Denmark bought helicopters from Italy in 2019.
/// #8 Mette Frederiksen is the Prime Minister of Denmark. #9 Finland strengthened its border security in 2023.
/// #10 Norway's gas exports rose in 2022. #11 Sweden and Norway signed a defence agreement in 2021.</item>
/// <item>americas-briefing: #2 Chile imposed sanctions on Nicaragua in 2022. #3 Brazil has remained neutral in the Essequibo dispute.
/// #4 Chile's copper production totalled 5 million tonnes in 2023. #5 Gabriel Boric is the President of Chile.
/// #6 Peru opened an embassy in Bolivia in 2020. #7 Argentina voted for a resolution that condemned Venezuela at the United Nations.</item>
/// </list>
/// </summary>
public sealed class BuiltInRulesTests
{
    private static ClaimChecker Checker => CheckerFixtures.Fixture;

    private static ClaimBase Base => CheckerFixtures.FixtureBase;

    private static Frame SingleAtomFrame(CheckResult result) =>
        result.Atoms.Should().ContainSingle().Subject.Atom.Frames.Should().ContainSingle().Subject;

    private static void Check(string statement, Verdict expected, string ruleId)
    {
        var result = Checker.Check(statement);
        result.ShouldDecide(expected, ruleId);
        result.ShouldRestOnRealSentences(Base);
    }

    // ------------------------------------------------------------------ the fixture

    [Test]
    public void Fixture_LoadsWithoutDiagnostics()
    {
        Base.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        Base.Claims.Should().HaveCount(16);
        Base.Sources.Select(s => s.Id).Should().BeEquivalentTo("nordic-security-notes", "americas-briefing");
    }

    [Test]
    public void Fixture_EveryQuoteIsVerbatimInItsCitedSentence()
    {
        foreach (var claim in Base.Claims)
        {
            foreach (var provenance in claim.Provenance)
            {
                var sentence = Base.FindSource(provenance.SourceId)!.SentenceAt(provenance.SentenceNumber);
                sentence.Should().NotBeNull(claim.Id);
                sentence!.Text.Should().Contain(provenance.Quote, claim.Id);
            }
        }
    }

    [Test]
    public void RuleSet_Default_DescribesEveryBuiltInRuleOnce()
    {
        var ids = RuleSet.Default.Descriptors.Select(d => d.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(
            "CC1001", "CC1002", "CC1003", "CC1004", "CC1005", "CC1006", "CC1007", "CC1008", "CC1009",
            "CC1101", "CC1102", "CC1103", "CC1104", "CC1105", "CC1106", "CC1107", "CC1108", "CC1109",
            "CC1901", "CC1902", "CC1903", "CC1904", "CC1905");
    }

    // ------------------------------------------------------------------ CC1001 polarity conflict

    [TestCase("Iceland is a member of the European Union.", Verdict.Contradicted, "CC1001")]
    [TestCase("Iceland has joined the EU.", Verdict.Contradicted, "CC1001")]
    [TestCase("Norway is not a member of NATO.", Verdict.Contradicted, "CC1001")]
    [TestCase("Norway has not joined NATO.", Verdict.Contradicted, "CC1001")]
    [TestCase("Norway is not a founding member of NATO.", Verdict.Contradicted, "CC1001")]
    [TestCase("Denmark has diplomatic relations with Taiwan.", Verdict.Contradicted, "CC1001")]
    [TestCase("Taiwan has diplomatic relations with Denmark.", Verdict.Contradicted, "CC1001")] // the source's counterpart as the party
    [TestCase("Denmark has normalised relations with Taiwan.", Verdict.Contradicted, "CC1001")] // normalised implies diplomatic
    [TestCase("Chile has not imposed sanctions on Nicaragua.", Verdict.Contradicted, "CC1001")]
    [TestCase("Sweden did not abstain on the resolution that condemned Belarus.", Verdict.Contradicted, "CC1001")]
    public void CC1001_PolarityConflict_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Iceland is not a member of the European Union.", Verdict.Supported, "CC1009")]
    [TestCase("Denmark does not have diplomatic relations with Taiwan.", Verdict.Supported, "CC1009")]
    [TestCase("Iceland is not a member of NATO.", Verdict.NotEnoughInfo, "CC1904")] // no claim on Iceland and NATO
    [TestCase("Denmark is not a member of NATO.", Verdict.NotEnoughInfo, "CC1904")]
    public void CC1001_PolarityConflict_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    // ------------------------------------------------------------------ CC1002 exclusive value

    [TestCase("Sweden voted against Belarus at the UN.", Verdict.Contradicted, "CC1002")] // via the vote-against-party equivalence
    [TestCase("Sweden voted against Belarus.", Verdict.Contradicted, "CC1002")]
    [TestCase("Sweden voted for the resolution that condemned Belarus.", Verdict.Contradicted, "CC1002")]
    [TestCase("Argentina abstained on the resolution condemning Venezuela.", Verdict.Contradicted, "CC1002")]
    [TestCase("Argentina voted against the resolution condemning Venezuela.", Verdict.Contradicted, "CC1002")]
    [TestCase("Argentina voted for Venezuela at the UN.", Verdict.Contradicted, "CC1002")]
    [TestCase("Norway has observer status in NATO.", Verdict.Contradicted, "CC1002")] // founding member excludes observer
    [TestCase("Norway is a candidate for NATO membership.", Verdict.Contradicted, "CC1002")]
    [TestCase("Norway's gas exports fell in 2022.", Verdict.Contradicted, "CC1002")] // rose vs fell on a typed quantity
    public void CC1002_ExclusiveValue_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Sweden abstained on the UN resolution condemning Belarus.", Verdict.Supported, "CC1009")]
    [TestCase("Sweden did not vote for the resolution that condemned Belarus.", Verdict.Supported, "CC1007")]
    [TestCase("Norway abstained on a resolution that condemned Belarus.", Verdict.NotEnoughInfo, "CC1904")] // another voter
    [TestCase("Iceland is a candidate for EU membership.", Verdict.NotEnoughInfo, "CC1904")] // "not a member" does not exclude "candidate"
    public void CC1002_ExclusiveValue_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1002_CitesTheAbstentionSentenceAndExplainsTheExclusion()
    {
        var result = Checker.Check("Sweden voted against Belarus at the UN.");

        result.Evidence.Should().ContainSingle().Which.Should().Match<Evidence>(e =>
            e.SourceId == "nordic-security-notes" && e.SentenceNumber == 5 && e.ClaimId == "sweden-abstained-on-belarus-resolution");
        result.Explanation.Should().Contain("abstained").And.Contain("one position");
    }

    // ------------------------------------------------------------------ CC1003 date mismatch

    [TestCase("Finland joined NATO in 2021.", Verdict.Contradicted, "CC1003")]
    [TestCase("Denmark bought helicopters from Italy in 2017.", Verdict.Contradicted, "CC1003")]
    [TestCase("Denmark bought military equipment from Italy in 2017.", Verdict.Contradicted, "CC1003")]
    [TestCase("Chile imposed sanctions on Nicaragua in 2020.", Verdict.Contradicted, "CC1003")]
    [TestCase("Peru opened an embassy in Bolivia in 2018.", Verdict.Contradicted, "CC1003")]
    [TestCase("Sweden signed a defence agreement with Norway in 2019.", Verdict.Contradicted, "CC1003")]
    public void CC1003_DateMismatch_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Finland joined NATO in 2023.", Verdict.Supported, "CC1009")]
    [TestCase("Finland joined NATO in April 2023.", Verdict.NotEnoughInfo, "CC1904")] // compatible with 2023, but more specific than the source
    [TestCase("Finland joined NATO.", Verdict.Supported, "CC1009")] // no date given: nothing to mismatch
    [TestCase("Sweden abstained on a resolution that condemned Belarus in 2019.", Verdict.NotEnoughInfo, "CC1904")] // the source gives no date
    [TestCase("Norway's gas exports rose in 2020.", Verdict.NotEnoughInfo, "CC1904")] // a measure recurs every year: another year is not a contradiction
    public void CC1003_DateMismatch_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1003_ExplainsBothDates()
    {
        var result = Checker.Check("Finland joined NATO in 2021.");

        result.Explanation.Should().Contain("2023").And.Contain("2021");
        result.Evidence.Should().ContainSingle().Which.SentenceNumber.Should().Be(4);
    }

    // ------------------------------------------------------------------ CC1004 number mismatch

    [TestCase("Chile's copper production totalled 7 million tonnes in 2023.", Verdict.Contradicted, "CC1004")]
    [TestCase("Chile's copper production reached 9 million tonnes in 2023.", Verdict.Contradicted, "CC1004")]
    public void CC1004_NumberMismatch_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    // The same number is not a mismatch: with no direction on either side no frame rule decides, and the sentence
    // rule supports it.
    [TestCase("Chile's copper production totalled 5 million tonnes in 2023.", Verdict.Supported, "CC1101")]
    [TestCase("Chile's copper production reached 9 million tonnes in 2021.", Verdict.NotEnoughInfo, "CC1904")] // another year: another measurement
    public void CC1004_NumberMismatch_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Chile's copper production totalled 5.1 million tonnes in 2023.")] // 2% off
    [TestCase("Chile's copper production totalled 4.9 million tonnes in 2023.")]
    public void CC1004_NumberMismatch_ToleratesFivePercent(string statement)
    {
        var result = Checker.Check(statement);

        result.Verdict.Should().NotBe(Verdict.Contradicted, CheckerFixtures.Describe(result));
        result.Atoms.Should().OnlyContain(a => a.Rule.Id != "CC1004");
    }

    [Test]
    public void CC1004_ExplainsBothNumbers()
    {
        var result = Checker.Check("Chile's copper production totalled 7 million tonnes in 2023.");

        result.Explanation.Should().Contain("5000000").And.Contain("7000000");
    }

    // ------------------------------------------------------------------ CC1005 single holder

    [TestCase("Lars Lokke Rasmussen is the Prime Minister of Denmark.", Verdict.Contradicted, "CC1005")] // a known person
    [TestCase("Jonas Vingegaard is the prime minister of Denmark.", Verdict.Contradicted, "CC1005")] // a name the registry does not know
    [TestCase("Sebastian Pinera is the President of Chile.", Verdict.Contradicted, "CC1005")]
    [TestCase("Mette Frederiksen is the Prime Minister of Norway.", Verdict.Contradicted, "CC1005")] // one country per office holder
    public void CC1005_SingleHolder_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Mette Frederiksen is the Prime Minister of Denmark.", Verdict.Supported, "CC1009")]
    [TestCase("Frederiksen is the Prime Minister of Denmark.", Verdict.Supported, "CC1009")]
    [TestCase("Gabriel Boric is the President of Chile.", Verdict.Supported, "CC1009")]
    [TestCase("Gabriel Boric is the Prime Minister of Chile.", Verdict.NotEnoughInfo, "CC1904")] // another office
    [TestCase("Mette Frederiksen is the Foreign Minister of Denmark.", Verdict.NotEnoughInfo, "CC1904")] // an office the sources do not fill
    public void CC1005_SingleHolder_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1005_NamesTheSourcesHolder()
    {
        var result = Checker.Check("Lars Lokke Rasmussen is the Prime Minister of Denmark.");

        result.Explanation.Should().Contain("Mette Frederiksen");
        result.Evidence.Should().ContainSingle().Which.ClaimId.Should().Be("frederiksen-prime-minister-of-denmark");
    }

    // ------------------------------------------------------------------ CC1006 stance conflict

    [TestCase("Brazil sided with Venezuela in the Essequibo dispute.", Verdict.Contradicted, "CC1006")]
    [TestCase("Brazil sided with Venezuela.", Verdict.Contradicted, "CC1006")] // the dispute is found through its participants
    [TestCase("Brazil condemned Guyana in the Essequibo dispute.", Verdict.Contradicted, "CC1006")]
    public void CC1006_StanceConflict_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Brazil has remained neutral in the Essequibo dispute.", Verdict.Supported, "CC1009")]
    [TestCase("Brazil is neutral on the Essequibo crisis.", Verdict.Supported, "CC1009")]
    [TestCase("Brazil took no side in the Essequibo dispute.", Verdict.Supported, "CC1009")]
    [TestCase("Brazil did not side with Venezuela in the Essequibo dispute.", Verdict.Supported, "CC1007")]
    public void CC1006_StanceConflict_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    // ------------------------------------------------------------------ CC1007 exclusion entailment

    [TestCase("Sweden did not vote for the resolution that condemned Belarus.", Verdict.Supported, "CC1007")]
    [TestCase("Sweden never voted for the resolution that condemned Belarus.", Verdict.Supported, "CC1007")]
    [TestCase("Sweden refused to vote for the resolution that condemned Belarus.", Verdict.Supported, "CC1007")]
    [TestCase("Sweden did not vote against Belarus at the UN.", Verdict.Supported, "CC1007")]
    [TestCase("Argentina did not abstain on the resolution condemning Venezuela.", Verdict.Supported, "CC1007")]
    [TestCase("Brazil did not side with Venezuela in the Essequibo dispute.", Verdict.Supported, "CC1007")]
    public void CC1007_ExclusionEntailment_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Sweden did not abstain on the resolution that condemned Belarus.", Verdict.Contradicted, "CC1001")] // denies the source's own value
    [TestCase("Sweden abstained on a resolution that condemned Belarus.", Verdict.Supported, "CC1009")]
    public void CC1007_ExclusionEntailment_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    // ------------------------------------------------------------------ CC1008 taxonomy, implication and equivalence

    [TestCase("Denmark bought military equipment from Italy.", Verdict.Supported, "CC1008")] // helicopters ⊂ military equipment
    [TestCase("Denmark bought weapons from Italy.", Verdict.Supported, "CC1008")]
    [TestCase("Denmark bought aircraft from Italy in 2019.", Verdict.Supported, "CC1008")]
    [TestCase("Norway is a member of NATO.", Verdict.Supported, "CC1008")] // founding member implies member
    [TestCase("Chile joined sanctions against Nicaragua.", Verdict.Supported, "CC1008")] // imposed implies joined
    [TestCase("Denmark rejects normalisation with Taiwan.", Verdict.Supported, "CC1008")] // no diplomatic relations, so not normalised
    [TestCase("Argentina voted against Venezuela at the UN.", Verdict.Supported, "CC1008")] // the vote-against-party equivalence
    public void CC1008_TaxonomyEntailment_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Denmark bought submarines from Italy.", Verdict.NotEnoughInfo, "CC1904")] // a sibling, not a broader term
    [TestCase("Denmark bought jets and helicopters from Italy.", Verdict.NotEnoughInfo, "CC1904")] // jets are not covered
    [TestCase("Denmark bought helicopters from Italy in 2019.", Verdict.Supported, "CC1009")] // the same term: a plain match
    [TestCase("Norway is a founding member of NATO.", Verdict.Supported, "CC1009")]
    public void CC1008_TaxonomyEntailment_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1008_ThroughAnEquivalence_ExplainsTheEquivalence()
    {
        var result = Checker.Check("Argentina voted against Venezuela at the UN.");

        result.Explanation.Should().Contain("voting against a country means voting for a resolution that condemns it");
        result.Evidence.Should().ContainSingle().Which.ClaimId.Should().Be("argentina-voted-to-condemn-venezuela");
    }

    // ------------------------------------------------------------------ CC1009 frame match

    [TestCase("Norway is a founding member of NATO.", Verdict.Supported, "CC1009")]
    [TestCase("Iceland has yet to join the European Union.", Verdict.Supported, "CC1009")]
    [TestCase("Denmark has no diplomatic ties with Taiwan.", Verdict.Supported, "CC1009")]
    [TestCase("Denmark bought helicopters.", Verdict.Supported, "CC1009")]
    [TestCase("Denmark bought Italian helicopters.", Verdict.Supported, "CC1009")]
    [TestCase("Chile imposed sanctions on Nicaragua in 2022.", Verdict.Supported, "CC1009")]
    [TestCase("Norway's gas exports increased.", Verdict.Supported, "CC1009")]
    [TestCase("Peru opened an embassy in Bolivia.", Verdict.Supported, "CC1009")]
    [TestCase("Argentina voted for a resolution that condemned Venezuela at the United Nations.", Verdict.Supported, "CC1009")]
    [TestCase("Sweden cast an abstention on the resolution that condemned Belarus.", Verdict.Supported, "CC1009")]
    public void CC1009_FrameMatch_Fires(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Denmark bought helicopters from France.", Verdict.NotEnoughInfo, "CC1903")] // another seller, one the base knows nothing about
    [TestCase("Peru imposed sanctions on Nicaragua.", Verdict.NotEnoughInfo, "CC1904")] // another actor
    [TestCase("Norway's oil exports rose in 2022.", Verdict.NotEnoughInfo, "CC1904")] // another measure
    [TestCase("Sweden's gas exports rose in 2022.", Verdict.NotEnoughInfo, "CC1904")] // another subject
    [TestCase("Finland joined the EU in 2023.", Verdict.NotEnoughInfo, "CC1904")] // another organisation
    public void CC1009_FrameMatch_DoesNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void FrameRules_DisablingARule_LetsTheNextRuleOrNoneDecide()
    {
        var options = new CheckerOptions { Rules = RuleSet.Default.Without("CC1002") };
        var checker = ClaimChecker.Create(Base, options);

        var result = checker.Check("Sweden voted for the resolution that condemned Belarus.");

        result.Rule.Id.Should().NotBe("CC1002");
        result.Verdict.Should().NotBe(Verdict.Supported);
        Checker.Check("Sweden voted for the resolution that condemned Belarus.").Rule.Id.Should().Be("CC1002");
    }

    // ------------------------------------------------------------------ CC1101–CC1104 sentence alignment

    // Sentence #9 (Finland strengthened its border security in 2023) is a generic claim that no typed frame reads.
    [TestCase("Finland strengthened its border security.", Verdict.Supported, "CC1101")]
    [TestCase("Finland strengthened its border security in 2023.", Verdict.Supported, "CC1101")]
    [TestCase("Finland's border security was strengthened in 2023.", Verdict.Supported, "CC1101")]
    [TestCase("Finland did not strengthen its border security.", Verdict.Contradicted, "CC1102")]
    [TestCase("Finland weakened its border security.", Verdict.Contradicted, "CC1103")]
    [TestCase("Peru closed its embassy in Bolivia.", Verdict.Contradicted, "CC1103")] // open vs close
    [TestCase("Chile lifted sanctions on Nicaragua.", Verdict.Contradicted, "CC1103")] // impose vs lift
    [TestCase("Finland strengthened its border security in 2021.", Verdict.Contradicted, "CC1104")]
    public void SentenceRules_Fire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Finland strengthened its border controls in 2023.", Verdict.NotEnoughInfo, "CC1904")] // "controls" is not covered
    [TestCase("Finland strengthened its border security in 2023 and 2024.", Verdict.NotEnoughInfo, "CC1904")]
    [TestCase("Sweden strengthened its border security in 2023.", Verdict.NotEnoughInfo, "CC1904")] // another country
    public void SentenceRules_DoNotFire(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void SentenceRules_CiteTheAlignedSentenceWhole()
    {
        var result = Checker.Check("Finland weakened its border security.");

        var evidence = result.Evidence.Should().ContainSingle().Subject;
        evidence.SentenceText.Should().Be("Finland strengthened its border security in 2023.");
        evidence.SentenceNumber.Should().Be(9);
        result.Explanation.Should().Contain("weakened");
    }

    // ------------------------------------------------------------------ CC1902 non-assertion, CC1903 no claim, CC1904 partial

    [TestCase("Is Norway a member of NATO?", Verdict.NotEnoughInfo, "CC1902")]
    [TestCase("Iceland will join the European Union.", Verdict.NotEnoughInfo, "CC1902")]
    [TestCase("If Iceland joined the European Union, its fishing industry would suffer.", Verdict.NotEnoughInfo, "CC1902")]
    [TestCase("Some analysts argue that Norway is a member of NATO.", Verdict.NotEnoughInfo, "CC1902")]
    public void CC1902_NonAssertion(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [TestCase("Estonia is a member of NATO.", Verdict.NotEnoughInfo, "CC1903")]
    [TestCase("Sweden abstained on a resolution that condemned Russia.", Verdict.NotEnoughInfo, "CC1903")]
    [TestCase("The weather was cold.", Verdict.NotEnoughInfo, "CC1903")] // no entity at all
    public void CC1903_NoClaim(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1903_NamesTheUnknownEntity()
    {
        Checker.Check("Estonia is a member of NATO.").Explanation.Should().Contain("Estonia");
    }

    [TestCase("Norway is a founding member of the EU.", Verdict.NotEnoughInfo, "CC1904")]
    [TestCase("Iceland is a candidate for EU membership.", Verdict.NotEnoughInfo, "CC1904")]
    [TestCase("Gabriel Boric is the Prime Minister of Chile.", Verdict.NotEnoughInfo, "CC1904")]
    public void CC1904_PartialMatch(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    // ------------------------------------------------------------------ CC1901 conjunction

    [TestCase("Denmark bought helicopters from Italy and Iceland is in the EU.", Verdict.Contradicted, "CC1901")]
    [TestCase("Chile imposed sanctions on Nicaragua and Brazil sided with Venezuela in the Essequibo dispute.", Verdict.Contradicted, "CC1901")]
    [TestCase("Iceland is not a member of the European Union, and Denmark has diplomatic relations with Taiwan.", Verdict.Contradicted, "CC1901")]
    [TestCase("Denmark bought helicopters from Italy in 2019 and Norway is a member of NATO.", Verdict.Supported, "CC1901")]
    [TestCase("Chile imposed sanctions on Nicaragua and Gabriel Boric is the President of Chile.", Verdict.Supported, "CC1901")]
    [TestCase("Norway is a founding member of NATO; Iceland is not a member of the European Union.", Verdict.Supported, "CC1901")]
    [TestCase("Norway is a member of NATO and has joined the European Union.", Verdict.NotEnoughInfo, "CC1901")]
    [TestCase("Chile imposed sanctions on Nicaragua and Estonia joined NATO.", Verdict.NotEnoughInfo, "CC1901")]
    public void CC1901_Conjunction(string statement, Verdict expected, string ruleId) => Check(statement, expected, ruleId);

    [Test]
    public void CC1901_OneContradictedPart_ContradictsTheWholeAndCitesOnlyThatPartsEvidence()
    {
        var result = Checker.Check("Denmark bought helicopters from Italy and Iceland is in the EU.");

        result.Atoms.Select(a => a.Verdict).Should().Equal(Verdict.Supported, Verdict.Contradicted);
        result.Atoms.Select(a => a.Rule.Id).Should().Equal("CC1009", "CC1001");
        result.Evidence.Select(e => e.SentenceNumber).Should().Equal(3);
        result.Explanation.Should().Contain("Iceland is in the EU");
    }

    [Test]
    public void CC1901_AllPartsSupported_CitesEveryPartsEvidence()
    {
        var result = Checker.Check("Chile imposed sanctions on Nicaragua and Gabriel Boric is the President of Chile.");

        result.Atoms.Should().HaveCount(2).And.OnlyContain(a => a.Verdict == Verdict.Supported);
        result.Evidence.Select(e => (e.SourceId, e.SentenceNumber)).Should().Equal(("americas-briefing", 2), ("americas-briefing", 5));
    }

    [Test]
    public void CC1901_OneUnknownPart_GivesNotEnoughInfoWithoutEvidence()
    {
        var result = Checker.Check("Norway is a member of NATO and has joined the European Union.");

        result.Atoms.Select(a => a.Verdict).Should().Equal(Verdict.Supported, Verdict.NotEnoughInfo);
        result.Evidence.Should().BeEmpty();
        result.Explanation.Should().Contain("Norway has joined the European Union");
    }

    // ------------------------------------------------------------------ evidence of every decided verdict

    private static IEnumerable<string> DecidedStatements() =>
    [
        "Iceland is a member of the European Union.",
        "Sweden voted against Belarus at the UN.",
        "Finland joined NATO in 2021.",
        "Chile's copper production totalled 7 million tonnes in 2023.",
        "Jonas Vingegaard is the prime minister of Denmark.",
        "Brazil sided with Venezuela.",
        "Sweden did not vote for the resolution that condemned Belarus.",
        "Denmark bought weapons from Italy.",
        "Gabriel Boric is the President of Chile.",
        "Finland strengthened its border security.",
        "Finland did not strengthen its border security.",
        "Finland weakened its border security.",
        "Finland strengthened its border security in 2021.",
        "Denmark bought helicopters from Italy and Iceland is in the EU.",
        "Chile imposed sanctions on Nicaragua and Gabriel Boric is the President of Chile.",
    ];

    [TestCaseSource(nameof(DecidedStatements))]
    public void EveryDecidedVerdict_CitesRealSourceSentences(string statement)
    {
        var result = Checker.Check(statement);

        result.Verdict.Should().BeOneOf([Verdict.Supported, Verdict.Contradicted], CheckerFixtures.Describe(result));
        result.ShouldRestOnRealSentences(Base);
        result.Evidence.Should().OnlyContain(e => e.Quote.Length > 0 && e.SentenceText.Contains(e.Quote, StringComparison.Ordinal));
    }

    [Test]
    public void NotEnoughInfo_OnASingleAtom_HasNoEvidence()
    {
        Checker.Check("Denmark bought submarines from Italy.").Evidence.Should().BeEmpty();
        Checker.Check("Is Norway a member of NATO?").Evidence.Should().BeEmpty();
    }

    // ------------------------------------------------------------------ event identity and known gaps (rules that misfire)

    [Test]
    public void EventFrame_AnotherAgreement_IsNotSupported()
    {
        // Source #11: "Sweden and Norway signed a defence agreement in 2021." What was signed is part of the event.
        var result = Checker.Check("Sweden signed a trade agreement with Norway in 2021.");

        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1904");
        SingleAtomFrame(result).Slot("detail")!.First.Should().Be("trade agreement");
    }

    [Test]
    public void EventFrame_AnotherCoSigner_IsNotSupported()
    {
        // Source #11 names Sweden and Norway; the Finland part is covered by no claim.
        Checker.Check("Sweden and Finland signed a defence agreement in 2021.").ShouldDecide(Verdict.NotEnoughInfo, "CC1901");
    }

    [Test]
    public void MembershipFrame_SecondMemberInTheSubject_IsNotSupported()
    {
        // The source only says Norway is a founding member of NATO.
        var result = Checker.Check("Norway and Denmark are members of NATO.");

        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1901");
        result.Atoms.Select(a => a.Rule.Id).Should().Equal("CC1008", "CC1904");
    }

    [Test]
    public void KnownGap_SentenceSupport_AnotherOfficeHolder_IsContradicted()
    {
        // Source #8: "Mette Frederiksen is the Prime Minister of Denmark." The office reader misses the lowercase possessive
        // form, and the aligner then supports the statement (Supported, CC1101).
        var result = Checker.Check("Denmark's prime minister is Lars Lokke Rasmussen.");

        result.ShouldDecide(Verdict.Contradicted, "CC1005");
    }
}
