using ClaimCheck.Analysis;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Analysis;

/// <summary>
/// How statements are read before any rule runs: negation and its scope, modality, attribution, conjunction splitting
/// and entity resolution. Observed through <see cref="CheckResult.Atoms"/> on the <c>nordic-americas</c> fixture
/// (see <see cref="Rules.BuiltInRulesTests"/> for what its sources say), and through the analyser itself where that is simpler.
/// </summary>
public sealed class StatementAnalyzerTests
{
    private static ClaimChecker Checker => CheckerFixtures.Fixture;

    private static StatementAnalyzer NewAnalyzer(ClaimBase claimBase) =>
        new(Lexicon.Default, claimBase.Entities, new TermMatcher(claimBase.Knowledge, Lexicon.Default.Stemmer), new OfficeDirectory(claimBase.Claims, Lexicon.Default));

    private static AtomResult SingleAtom(CheckResult result) =>
        result.Atoms.Should().ContainSingle(CheckerFixtures.Describe(result)).Subject;

    // ------------------------------------------------------------------ negation

    [TestCase("Iceland has not joined the European Union.", Polarity.Denied)]
    [TestCase("Iceland has yet to join the European Union.", Polarity.Denied)]
    [TestCase("Iceland avoided joining the European Union.", Polarity.Denied)]
    [TestCase("Sweden refrained from condemning Belarus.", Polarity.Denied)]
    [TestCase("Denmark rejects normalisation with Taiwan.", Polarity.Denied)]
    [TestCase("Denmark has never had diplomatic relations with Taiwan.", Polarity.Denied)]
    [TestCase("Denmark has no diplomatic ties with Taiwan.", Polarity.Denied)]
    [TestCase("Sweden refused to vote for the resolution that condemned Belarus.", Polarity.Denied)]
    [TestCase("Sweden did not refrain from condemning Belarus.", Polarity.Asserted)] // two negations cancel
    [TestCase("Norway did not fail to join NATO.", Polarity.Asserted)]
    [TestCase("Not only is Norway a member of NATO, it is also a founding member.", Polarity.Asserted)]
    [TestCase("Finland joined NATO in 2023.", Polarity.Asserted)]
    public void Negation_SetsThePolarityOfTheAtomAndItsFrames(string statement, Polarity expected)
    {
        var atom = SingleAtom(Checker.Check(statement)).Atom;

        atom.Polarity.Should().Be(expected);
        atom.Frames.Should().NotBeEmpty().And.OnlyContain(f => f.Polarity == expected);
    }

    [TestCase("Iceland has not joined the European Union.", Verdict.Supported, "CC1009")]
    [TestCase("Iceland has yet to join the European Union.", Verdict.Supported, "CC1009")]
    [TestCase("Iceland avoided joining the European Union.", Verdict.Supported, "CC1009")]
    [TestCase("Denmark rejects normalisation with Taiwan.", Verdict.Supported, "CC1008")]
    [TestCase("Norway did not fail to join NATO.", Verdict.Supported, "CC1008")]
    [TestCase("Not only is Norway a member of NATO, it is also a founding member.", Verdict.Supported, "CC1009")]
    public void Negation_DecidesTheVerdict(string statement, Verdict verdict, string ruleId) =>
        Checker.Check(statement).ShouldDecide(verdict, ruleId);

    [Test]
    public void Negation_DoubleNegation_AssertsTheCondemnation()
    {
        var frame = SingleAtom(Checker.Check("Sweden did not refrain from condemning Belarus.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Kind.Should().Be(ClaimKind.Stance);
        frame.Slot("stance")!.First.Should().Be("condemns");
        frame.Polarity.Should().Be(Polarity.Asserted);
    }

    [Test]
    public void Negation_NotOnlyButAlso_AssertsBothParts()
    {
        var result = Checker.Check("Norway is not only a member of NATO but also a founding member.");

        result.Atoms.Should().HaveCount(2).And.OnlyContain(a => a.Atom.Polarity == Polarity.Asserted);
        result.ShouldDecide(Verdict.Supported, "CC1901");
    }

    [Test]
    public void Negation_StaysInsideItsConjunct()
    {
        var result = Checker.Check("Iceland is not a member of the European Union and Norway is a member of NATO.");

        result.Atoms.Select(a => a.Atom.Polarity).Should().Equal(Polarity.Denied, Polarity.Asserted);
        result.ShouldDecide(Verdict.Supported, "CC1901");
    }

    [Test]
    public void Negation_TookNoSide_IsANeutralStanceNotADenial()
    {
        var frame = SingleAtom(Checker.Check("Brazil took no side in the Essequibo dispute.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Slot("stance")!.First.Should().Be("neutral");
        frame.Polarity.Should().Be(Polarity.Asserted);
    }

    [Test]
    public void Negation_VotedNo_IsAPositionNotADenial()
    {
        var frame = SingleAtom(Checker.Check("Sweden voted no on the resolution that condemned Belarus.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Slot("position")!.First.Should().Be("against");
        frame.Polarity.Should().Be(Polarity.Asserted);
    }

    [Test]
    public void KnownGap_Negation_NotYet_KeepsTheClauseWhole()
    {
        // The source says Iceland is not a member of the EU. The engine answers Contradicted (CC1901 over atoms
        // "Iceland has not" and "Iceland joined the European Union.", the latter CC1001).
        var result = Checker.Check("Iceland has not yet joined the European Union.");

        SingleAtom(result).Atom.Polarity.Should().Be(Polarity.Denied);
        result.ShouldDecide(Verdict.Supported, "CC1009");
    }

    [Test]
    public void KnownGap_Negation_PronounClause_DoesNotFlipTheFirstClause()
    {
        // The engine reads one atom and decides it on the NATO part alone (at the time of writing Supported, CC1009; earlier
        // Contradicted, CC1001, when the "not" flipped the NATO frame); the EU part is in no source.
        var result = Checker.Check("Norway is a founding member of NATO, but it is not a member of the European Union.");

        result.Verdict.Should().Be(Verdict.NotEnoughInfo);
        result.Atoms.Should().HaveCount(2);
        result.Atoms[0].Verdict.Should().Be(Verdict.Supported);
    }

    // ------------------------------------------------------------------ modality

    [TestCase("Is Norway a member of NATO?", Modality.Question)]
    [TestCase("Did Finland join NATO in 2023?", Modality.Question)]
    [TestCase("Norway is a member of NATO?", Modality.Question)] // no auxiliary up front: the question mark decides
    [TestCase("Which country joined NATO in 2023?", Modality.Question)]
    [TestCase("If Iceland joined the European Union, its fishing industry would suffer.", Modality.Conditional)]
    [TestCase("Iceland would join the European Union, if its fishermen agreed.", Modality.Conditional)]
    [TestCase("Should Iceland join the European Union, its fishermen would protest.", Modality.Conditional)]
    [TestCase("Iceland will join the European Union.", Modality.Prediction)]
    [TestCase("Iceland may join the European Union.", Modality.Prediction)]
    [TestCase("Iceland should join the European Union.", Modality.Prediction)]
    [TestCase("Finland might strengthen its border security.", Modality.Prediction)]
    [TestCase("Iceland is expected to join the European Union.", Modality.Prediction)]
    [TestCase("Iceland plans to join the European Union.", Modality.Prediction)]
    [TestCase("Some analysts argue that Norway is a member of NATO.", Modality.Opinion)]
    [TestCase("Critics say Iceland is a member of the European Union.", Modality.Opinion)]
    [TestCase("Critics say that Iceland is a member of the European Union.", Modality.Opinion)]
    [TestCase("Many believe Finland joined NATO in 2023.", Modality.Opinion)]
    [TestCase("Perhaps Iceland joined the European Union.", Modality.Opinion)]
    [TestCase("It is possible that Iceland joined the European Union.", Modality.Opinion)]
    public void Modality_NonAssertions_AreNotEnoughInfoByCC1902(string statement, Modality expected)
    {
        var result = Checker.Check(statement);

        var atom = SingleAtom(result).Atom;
        atom.Modality.Should().Be(expected);
        atom.Text.Should().Be(statement);
        atom.Frames.Should().BeEmpty();
        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1902");
        result.Evidence.Should().BeEmpty();
    }

    [Test]
    public void Modality_NonAssertion_StillResolvesItsEntities()
    {
        var atom = SingleAtom(Checker.Check("Will Finland join NATO?")).Atom;

        atom.Mentions.Select(m => m.Entity.Id).Should().Equal("FIN", "nato");
    }

    [Test]
    public void Modality_NonAssertion_OfAFalseStatement_IsNotContradicted()
    {
        Checker.Check("Iceland is a member of the European Union.").Verdict.Should().Be(Verdict.Contradicted);
        Checker.Check("Critics say Iceland is a member of the European Union.").Verdict.Should().Be(Verdict.NotEnoughInfo);
        Checker.Check("Is Iceland a member of the European Union?").Verdict.Should().Be(Verdict.NotEnoughInfo);
    }

    [TestCase("Finland joined NATO in May 2023.")] // "May" the month is not the modal
    [TestCase("Finland joined NATO in 2023.")]
    [TestCase("Norway's gas exports rose in 2022.")]
    public void Modality_PlainStatements_AreAssertions(string statement)
    {
        var atom = SingleAtom(Checker.Check(statement)).Atom;

        atom.Modality.Should().Be(Modality.Assertion);
        atom.Frames.Should().NotBeEmpty();
    }

    // ------------------------------------------------------------------ attribution

    [TestCase("According to officials, Finland joined NATO in 2023.", "Finland joined NATO in 2023.", Verdict.Supported, "CC1009")]
    [TestCase("According to Swedish officials, Iceland is a member of the European Union.", "Iceland is a member of the European Union.", Verdict.Contradicted, "CC1001")]
    [TestCase("Swedish officials said that Finland joined NATO in 2021.", "Finland joined NATO in 2021.", Verdict.Contradicted, "CC1003")]
    [TestCase("The ministry stated Finland joined NATO in 2023.", "Finland joined NATO in 2023.", Verdict.Supported, "CC1009")]
    [TestCase("Finland joined NATO in 2021, according to Swedish officials.", "Finland joined NATO in 2021", Verdict.Contradicted, "CC1003")]
    public void Attribution_IsStrippedAndTheContentChecked(string statement, string atomText, Verdict verdict, string ruleId)
    {
        var result = Checker.Check(statement);

        var atom = SingleAtom(result).Atom;
        atom.Text.Should().Be(atomText);
        atom.Modality.Should().Be(Modality.Assertion);
        statement.Substring(atom.Start, atom.Length).Should().Be(atomText);
        result.ShouldDecide(verdict, ruleId);
    }

    [TestCase("Finland reportedly joined NATO in 2023.", Verdict.Supported, "CC1009")]
    [TestCase("Iceland reportedly joined the European Union.", Verdict.Contradicted, "CC1001")]
    [TestCase("Finland allegedly joined NATO in 2021.", Verdict.Contradicted, "CC1003")]
    [TestCase("Finland joined NATO in 2023, officials said.", Verdict.Supported, "CC1009")]
    public void Attribution_HedgesAreIgnored(string statement, Verdict verdict, string ruleId)
    {
        var result = Checker.Check(statement);

        SingleAtom(result).Atom.Modality.Should().Be(Modality.Assertion);
        result.ShouldDecide(verdict, ruleId);
    }

    [TestCase("Officials said that Finland joined NATO in 2021.", "Finland joined NATO in 2021.", Verdict.Contradicted, "CC1003")]
    [TestCase("Officials say that Iceland is a member of the European Union.", "Iceland is a member of the European Union.", Verdict.Contradicted, "CC1001")]
    [TestCase("Sources said that Finland joined NATO in 2023.", "Finland joined NATO in 2023.", Verdict.Supported, "CC1009")]
    public void Attribution_PrefixWithoutComma_IsStripped(string statement, string atomText, Verdict verdict, string ruleId)
    {
        var result = Checker.Check(statement);

        SingleAtom(result).Atom.Text.Should().Be(atomText);
        result.ShouldDecide(verdict, ruleId);
    }

    // ------------------------------------------------------------------ conjunctions

    [Test]
    public void Conjunction_TwoPredicatesOfOneSubject_AreTwoAtomsSharingTheSubject()
    {
        var result = Checker.Check("Norway is a member of NATO and has joined the European Union.");

        result.Atoms.Select(a => a.Atom.Text).Should().Equal("Norway is a member of NATO", "Norway has joined the European Union.");
        var second = result.Atoms[1].Atom;
        "Norway is a member of NATO and has joined the European Union.".Substring(second.Start, second.Length).Should().Be("has joined the European Union.");
        second.Frames.Should().ContainSingle().Which.Slot("organisation")!.First.Should().Be("eu");
    }

    [TestCase("Norway is a member of NATO and Iceland is not a member of the European Union.", 2)]
    [TestCase("Chile imposed sanctions on Nicaragua, but Brazil has remained neutral in the Essequibo dispute.", 2)]
    [TestCase("Norway is a founding member of NATO; Iceland is not a member of the European Union.", 2)]
    [TestCase("Norway is a founding member of NATO, and Finland joined NATO in 2023.", 2)]
    [TestCase("Denmark bought jets and helicopters from Italy.", 1)] // a compound object
    [TestCase("Denmark bought helicopters from Italy and Norway.", 1)]
    [TestCase("Finland, which joined NATO in 2023, strengthened its border security.", 1)]
    [TestCase("Norway has stopped buying gas from Russia and no longer imports Russian oil.", 2)] // "and no longer" opens a predicate
    [TestCase("The talks between Norway and the Taliban were hosted by Qatar.", 1)] // "between A and B" joins names
    [TestCase("Sweden backed resolution 2758, which called for a ceasefire.", 2)] // a relative clause about an unnamed noun
    public void Conjunction_SplitsClausesNotNounPhrases(string statement, int atoms)
    {
        Checker.Check(statement).Atoms.Should().HaveCount(atoms);
    }

    [Test]
    public void Conjunction_CompoundObject_KeepsBothItemsInOneFrame()
    {
        var frame = SingleAtom(Checker.Check("Denmark bought jets and helicopters from Italy.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Kind.Should().Be(ClaimKind.Transaction);
        frame.Slot("items")!.Values.Should().BeEquivalentTo("fighter-jets", "helicopters");
        frame.Slot("seller")!.First.Should().Be("ITA");
    }

    // A coordinated subject is not a clause boundary: no atom is a fragment such as "Sweden". The engine reads it
    // distributively, one atom per subject, each over the whole statement with that subject in the frame.
    [TestCase("Sweden and Norway signed a defence agreement in 2021.", new[] { "SWE", "NOR" }, Verdict.Supported)]
    [TestCase("Norway and Denmark are members of NATO.", new[] { "NOR", "DNK" }, Verdict.NotEnoughInfo)] // Denmark is in no source
    [TestCase("Sweden and Finland signed a defence agreement in 2021.", new[] { "SWE", "FIN" }, Verdict.NotEnoughInfo)] // Finland did not sign
    public void Conjunction_CompoundSubject_IsReadForEachSubjectOverTheWholeStatement(string statement, string[] subjects, Verdict verdict)
    {
        var result = Checker.Check(statement);

        result.Atoms.Should().HaveCount(subjects.Length, CheckerFixtures.Describe(result));
        result.Atoms.Should().OnlyContain(a => a.Atom.Text == statement && a.Atom.Start == 0 && a.Atom.Length == statement.Length);
        result.Atoms.Should().OnlyContain(a => a.Atom.Mentions.Select(m => m.Entity.Id).Intersect(subjects).Count() == subjects.Length);
        var subjectOfEachAtom = result.Atoms.Select(a => a.Atom.Frames.Should().ContainSingle().Subject).Select(f => (f.Slot("actor") ?? f.Slot("member"))!.First);
        subjectOfEachAtom.Should().Equal(subjects);
        result.ShouldDecide(verdict, "CC1901");
    }

    [Test]
    public void Conjunction_CompoundSubject_KeepsTheDateOnEveryAtom()
    {
        var result = Checker.Check("Sweden and Norway signed a defence agreement in 2021.");

        result.Atoms.Should().OnlyContain(a => a.Atom.Time == new PartialDate(2021, null, null));
    }

    [Test]
    public void KnownGap_Conjunction_CompoundSubjectOfARelation_NeverRelatesACountryToItself()
    {
        // The verdicts happen to be right (Supported / Contradicted) because the other atom decides or the self-relation
        // still meets the claim; the frames are wrong.
        foreach (var statement in new[] { "Denmark and Taiwan have no diplomatic relations.", "Taiwan and Denmark have diplomatic relations." })
        {
            var frames = Checker.Check(statement).Atoms.SelectMany(a => a.Atom.Frames).Where(f => f.Kind == ClaimKind.Relations).ToList();

            frames.Should().NotBeEmpty();
            frames.Should().OnlyContain(f => !f.Slot("counterpart")!.Values.Contains(f.Slot("party")!.First), statement);
        }
    }

    [Test]
    public void Analyzer_SplitsWithoutAClaimBase()
    {
        var atoms = NewAnalyzer(ClaimBase.Empty).Analyze("Norway is a member of NATO and has joined the European Union.");

        atoms.Should().HaveCount(2);
        atoms.Select(a => a.Atom.Text).Should().Equal("Norway is a member of NATO", "Norway has joined the European Union.");
        atoms.Should().OnlyContain(a => a.Clause != null && a.Atom.Modality == Modality.Assertion);
    }

    [Test]
    public void Analyzer_NonAssertion_HasNoClause()
    {
        var atom = NewAnalyzer(ClaimBase.Empty).Analyze("Will Norway join the European Union?").Should().ContainSingle().Subject;

        atom.Clause.Should().BeNull();
        atom.Atom.Modality.Should().Be(Modality.Question);
    }

    [Test]
    public void KnownGap_Conjunction_UnknownSecondVerb_IsStillSplit()
    {
        // Source: Finland joined NATO in 2023 (#4) and strengthened its border security in 2023 (#9). The engine reads one
        // atom, matches the NATO frame and answers Supported (CC1009); it should split and contradict the second half (CC1103).
        var result = Checker.Check("Finland joined NATO in 2023 and weakened its border security.");

        result.Atoms.Should().HaveCount(2);
        result.ShouldDecide(Verdict.Contradicted, "CC1901");
    }

    // ------------------------------------------------------------------ entities

    [TestCase("Oslo is a founding member of NATO.", "NOR", "nato")] // capital
    [TestCase("Helsinki joined NATO in 2023.", "FIN", "nato")]
    [TestCase("Copenhagen bought helicopters from Italy in 2019.", "DNK", "ITA")]
    [TestCase("The Danish government bought helicopters from Italy in 2019.", "DNK", "ITA")] // demonym
    [TestCase("The Finnish government joined NATO in 2023.", "FIN", "nato")]
    [TestCase("Norwegian gas exports rose in 2022.", "NOR", null)]
    [TestCase("Norway's gas exports rose in 2022.", "NOR", null)] // possessive
    [TestCase("Iceland's government has not joined the European Union.", "ISL", "eu")]
    [TestCase("Finland joined the North Atlantic Treaty Organization in 2023.", "FIN", "nato")] // full name
    [TestCase("Finland joined Nato in 2023.", "FIN", "nato")]
    [TestCase("Reykjavik is not a member of the EU.", "ISL", "eu")] // abbreviation
    [TestCase("Frederiksen is the Prime Minister of Denmark.", "mette-frederiksen", "DNK")] // alias from entities.json
    public void Entities_AreResolvedAndTheStatementIsChecked(string statement, string first, string? second)
    {
        var result = Checker.Check(statement);

        var ids = SingleAtom(result).Atom.Mentions.Select(m => m.Entity.Id).ToList();
        ids.Should().Equal(second is null ? [first] : [first, second]);
        result.Verdict.Should().Be(Verdict.Supported, CheckerFixtures.Describe(result));
    }

    [TestCase("The U.S. joined NATO.", "USA")]
    [TestCase("The US joined NATO.", "USA")]
    [TestCase("Washington joined NATO.", "USA")]
    [TestCase("American troops withdrew from Iraq.", "USA")]
    [TestCase("The UK joined NATO.", "GBR")]
    [TestCase("Britain joined NATO.", "GBR")]
    [TestCase("Moscow voted against Kyiv.", "RUS")]
    public void Entities_AbbreviationsCapitalsAndDemonyms_ResolveToTheCountry(string statement, string id)
    {
        var result = Checker.Check(statement);

        SingleAtom(result).Atom.Mentions.Select(m => m.Entity.Id).Should().Contain(id);
        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1903"); // the fixture knows nothing about them
    }

    [Test]
    public void Entities_MentionOffsetsPointIntoTheAtomText()
    {
        var atom = SingleAtom(Checker.Check("Copenhagen bought helicopters from Italy in 2019.")).Atom;

        foreach (var mention in atom.Mentions)
        {
            atom.Text.Substring(mention.Start, mention.Length).Should().Be(mention.Text);
        }

        atom.Mentions.Select(m => m.Text).Should().Equal("Copenhagen", "Italy");
    }

    [Test]
    public void Entities_DemonymBeforeTheItems_IsTheSeller()
    {
        var frame = SingleAtom(Checker.Check("Denmark bought Italian helicopters.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Slot("buyer")!.First.Should().Be("DNK");
        frame.Slot("seller")!.First.Should().Be("ITA");
    }

    [Test]
    public void Entities_AnEventAlias_ResolvesToTheEvent()
    {
        var frame = SingleAtom(Checker.Check("Brazil is neutral on the Essequibo crisis.")).Atom.Frames.Should().ContainSingle().Subject;

        frame.Slot("topic")!.First.Should().Be("essequibo-dispute");
    }

    [Test]
    public void Entities_RegistryOfTheFixture_AddsItsPersonsToTheBuiltInCountries()
    {
        var registry = CheckerFixtures.FixtureBase.Entities;

        registry.TryGet("mette-frederiksen", out var person).Should().BeTrue();
        person!.Kind.Should().Be(EntityKind.Person);
        registry.TryGet("NOR", out _).Should().BeTrue();
        registry.TryGet("essequibo-dispute", out var dispute).Should().BeTrue();
        dispute!.Participants.Should().BeEquivalentTo("VEN", "GUY");
    }

    [Test]
    public void KnownGap_Entities_UnitedStatesOfAmerica_IsNotAnAttribution()
    {
        // The engine's atom text is "of America withdrew from Iraq in 2011." (the verdict happens to survive).
        const string statement = "The United States of America withdrew from Iraq in 2011.";
        var atom = CheckerFixtures.Bundled.Check(statement).Atoms.Should().ContainSingle().Subject.Atom;

        atom.Text.Should().Be(statement);
        atom.Start.Should().Be(0);
    }
}
