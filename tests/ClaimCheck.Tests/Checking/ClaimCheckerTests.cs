using System.Collections.Concurrent;
using ClaimCheck.Checking;
using ClaimCheck.Claims;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// The checker as a whole: the canonical example on the bundled claims, determinism, thread safety, an empty claim
/// base, and precision (a statement that changes one key part of a source fact is never supported).
/// </summary>
public sealed class ClaimCheckerTests
{
    private const string Canonical = "Iraq voted against Russia at the UN.";

    private static ClaimChecker Bundled => CheckerFixtures.Bundled;

    private static ClaimChecker Fixture => CheckerFixtures.Fixture;

    // ------------------------------------------------------------------ the canonical example

    [Test]
    public void Canonical_VotedAgainstRussia_IsContradictedByTheAbstentionThroughCC1002()
    {
        var result = Bundled.Check(Canonical);

        result.ShouldDecide(Verdict.Contradicted, "CC1002");
        result.Rule.Name.Should().Be("exclusive-value");
        result.Statement.Should().Be(Canonical);
        result.ShouldRestOnRealSentences(CheckerFixtures.BundledBase);
    }

    // knowledge.json's one-commander-per-command: a command has one head at a time.
    [TestCase("Tahseen Al-Khafaji is the head of the Baghdad Operations Command.", Verdict.Contradicted, "CC1005")]
    [TestCase("Al-Tamimi is the head of the Baghdad Operations Command.", Verdict.Supported, "CC1009")]
    public void Bundled_CommandHasOneHead(string statement, Verdict verdict, string rule) => Bundled.Check(statement).ShouldDecide(verdict, rule);

    // "several" is no fact of its own: "several are not" denies "all are", and "all are" gives "several are".
    [TestCase("Al-Tamimi admitted that several diplomatic missions in the capital are not fully secured.", Verdict.Contradicted)]
    [TestCase("Al-Tamimi said several diplomatic missions in Baghdad are fully secured.", Verdict.Supported)]
    public void Bundled_SeveralAgainstAll(string statement, Verdict verdict) => Bundled.Check(statement).Verdict.Should().Be(verdict);

    // "stop someone from doing" is to prevent (the source's "neutralize … from participating"); "stop doing" is to cease.
    [TestCase("The US pressured Baghdad to stop the armed factions from joining the war.", Verdict.Supported)]
    [TestCase("Pressured by Washington, the factions agreed to stop targeting Israel.", Verdict.NotEnoughInfo)]
    public void Bundled_StopFromIsPrevent(string statement, Verdict verdict) => Bundled.Check(statement).Verdict.Should().Be(verdict);

    // Reference mode: "He pointed out…", "He explained…" are the person named before; "described … as weak" says
    // the coordination is weak, against the source's "high-level coordination".
    [TestCase("Al-Tamimi described coordination between the Interior Ministry and the Baghdad Operations Command as weak.", Verdict.Contradicted)]
    [TestCase("Tahseen Al-Khafaji said the Headquarters Protection Directorate of the Interior Ministry protects diplomatic missions.", Verdict.Supported)]
    public void SeedReference_PersonsAndDescriptions(string statement, Verdict verdict) => CheckerFixtures.SeedReference.Check(statement).Verdict.Should().Be(verdict);

    [Test]
    public void Canonical_Evidence_QuotesTheAbstentionSentence()
    {
        var result = Bundled.Check(Canonical);

        result.Evidence.Should().Contain(e => e.SentenceText.Contains("abstained from voting on resolutions that condemned", StringComparison.Ordinal));
        result.Evidence.Should().OnlyContain(e => e.SourceId == "globalsecurity-iraq-foreign-relations");
        result.Evidence.Should().Contain(e => e.ClaimId == "iraq-abstained-on-resolutions-condemning-russia");
    }

    [Test]
    public void Canonical_Explanation_MentionsAbstaining()
    {
        var explanation = Bundled.Check(Canonical).Explanation;

        explanation.Should().MatchRegex("(?i)abstain");
        explanation.Should().Contain("voting against a country means voting for a resolution that condemns it");
    }

    [Test]
    public void Canonical_IsOneAssertedAtomWithAVoteFrame()
    {
        var atom = Bundled.Check(Canonical).Atoms.Should().ContainSingle().Subject;

        atom.Atom.Modality.Should().Be(Modality.Assertion);
        atom.Atom.Polarity.Should().Be(Polarity.Asserted);
        atom.Atom.Mentions.Select(m => m.Entity.Id).Should().BeEquivalentTo("IRQ", "RUS", "un");
        var frame = atom.Atom.Frames.Should().ContainSingle().Subject;
        frame.Kind.Should().Be(ClaimKind.Vote);
        frame.Slot("voter")!.First.Should().Be("IRQ");
        frame.Slot("position")!.First.Should().Be("against");
        frame.Slot("target")!.First.Should().Be("RUS");
        atom.ComparedClaims.Should().Contain("iraq-abstained-on-resolutions-condemning-russia");
    }

    [Test]
    public void Canonical_TheSourcesOwnWords_AreSupported()
    {
        Bundled.Check("Iraq abstained from voting on resolutions that condemned Russia's invasion of Ukraine.").ShouldDecide(Verdict.Supported, "CC1009");
        Bundled.Check("Iraq did not vote against Russia at the UN.").ShouldDecide(Verdict.Supported, "CC1007");
    }

    // ------------------------------------------------------------------ the claims folder's sources

    // americas-briefing.txt ends with a sentence no curated claim cites: it is evidence all the same.
    [TestCase("Ecuador suspended its trade talks with Mexico in 2024.", Verdict.Supported, "CC1101")]
    [TestCase("Ecuador suspended its trade talks with Mexico in 2021.", Verdict.Contradicted, "CC1104")]
    public void Curated_EverySentenceOfTheFoldersSources_IsEvidence(string statement, Verdict verdict, string rule)
    {
        var result = Fixture.Check(statement);

        result.ShouldDecide(verdict, rule);
        result.Evidence.Should().ContainSingle().Which.SentenceText.Should().Be("Ecuador suspended its trade talks with Mexico in 2024.");
    }

    // ------------------------------------------------------------------ determinism

    private static IEnumerable<string> Statements() =>
    [
        Canonical,
        "Iraq abstained from voting on resolutions that condemned Russia's invasion of Ukraine.",
        "Iraq is a member of OPEC+.",
        "Iraq bought Russian helicopters.",
        "The U.S. withdrew from Iraq in 2014.",
        "Kuwait abstained from voting on resolutions that condemned Russia's invasion of Ukraine.",
        "Is Iraq neutral on the Ukraine war?",
        "Iraq has not joined Western sanctions against Russia and is a member of OPEC+.",
        "Iceland is a member of the European Union.",
        "Sweden voted against Belarus at the UN.",
        "Finland joined NATO in 2021.",
        "Chile's copper production totalled 7 million tonnes in 2023.",
        "Jonas Vingegaard is the prime minister of Denmark.",
        "Brazil sided with Venezuela.",
        "Sweden did not vote for the resolution that condemned Belarus.",
        "Denmark bought weapons from Italy.",
        "Denmark bought submarines from Italy.",
        "Finland weakened its border security.",
        "Finland strengthened its border security in 2021.",
        "Estonia is a member of NATO.",
        "Critics say Iceland is a member of the European Union.",
        "Denmark bought helicopters from Italy and Iceland is in the EU.",
        "According to officials, Finland joined NATO in 2023.",
        "",
    ];

    [Test]
    public void Check_IsDeterministic_SameCheckerTwice()
    {
        foreach (var statement in Statements())
        {
            foreach (var checker in new[] { Bundled, Fixture })
            {
                var first = CheckerFixtures.Snapshot(checker.Check(statement));
                var second = CheckerFixtures.Snapshot(checker.Check(statement));

                second.Should().Be(first, $"checking \"{statement}\" twice");
            }
        }
    }

    [Test]
    public void Check_IsDeterministic_AcrossFreshlyLoadedBases()
    {
        var bundled = ClaimChecker.Create(ClaimBase.Load(TestPaths.ClaimsDirectory));
        var fixture = ClaimChecker.Create(ClaimBase.Load(CheckerFixtures.FixturePath));

        foreach (var statement in Statements())
        {
            CheckerFixtures.Snapshot(bundled.Check(statement)).Should().Be(CheckerFixtures.Snapshot(Bundled.Check(statement)), statement);
            CheckerFixtures.Snapshot(fixture.Check(statement)).Should().Be(CheckerFixtures.Snapshot(Fixture.Check(statement)), statement);
        }
    }

    [Test]
    public void Check_EvidenceOrder_IsStable()
    {
        var result = Bundled.Check("Iraq is neutral on the Ukraine war.");

        result.Verdict.Should().Be(Verdict.Supported, CheckerFixtures.Describe(result));
        result.Evidence.Select(e => e.SentenceNumber).Should().Equal(Bundled.Check("Iraq is neutral on the Ukraine war.").Evidence.Select(e => e.SentenceNumber));
        result.Evidence.Select(e => $"{e.SourceId}#{e.SentenceNumber}").Should().OnlyHaveUniqueItems();
    }

    // ------------------------------------------------------------------ thread safety

    [Test]
    public void Check_FromManyThreads_GivesTheSequentialResults()
    {
        var statements = Statements().ToArray();
        var checkers = new[] { Bundled, Fixture };
        var expected = checkers.Select(c => statements.Select(s => CheckerFixtures.Snapshot(c.Check(s))).ToArray()).ToArray();
        const int rounds = 8;
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, rounds * statements.Length * checkers.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            var c = i % checkers.Length;
            var s = i / checkers.Length % statements.Length;
            var actual = CheckerFixtures.Snapshot(checkers[c].Check(statements[s]));
            if (actual != expected[c][s])
            {
                failures.Add($"\"{statements[s]}\" on checker {c}: {actual}");
            }
        });

        failures.Should().BeEmpty();
    }

    [Test]
    public void Create_FromManyThreads_OverOneBase_GivesEqualCheckers()
    {
        var claimBase = CheckerFixtures.FixtureBase;
        var checkers = new ClaimChecker[8];

        Parallel.For(0, checkers.Length, i => checkers[i] = ClaimChecker.Create(claimBase));

        var verdicts = checkers.Select(c => CheckerFixtures.Snapshot(c.Check("Sweden voted against Belarus at the UN."))).Distinct().ToList();
        verdicts.Should().ContainSingle();
    }

    // ------------------------------------------------------------------ an empty claim base

    [TestCase("Norway is a member of NATO.")]
    [TestCase(Canonical)]
    [TestCase("Denmark bought helicopters from Italy in 2019.")]
    public void EmptyBase_GivesNotEnoughInfoWithoutEvidence(string statement)
    {
        var result = ClaimChecker.Create(ClaimBase.Empty).Check(statement);

        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1903");
        result.Evidence.Should().BeEmpty();
        result.Atoms.Should().OnlyContain(a => a.Verdict == Verdict.NotEnoughInfo && a.Evidence.IsEmpty && a.ComparedClaims.IsEmpty);
    }

    [Test]
    public void EmptyBase_StillReadsTheStatement()
    {
        var result = ClaimChecker.Create(ClaimBase.Empty).Check("Iceland is not a member of the European Union and Norway is a member of NATO.");

        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1901");
        result.Atoms.Should().HaveCount(2);
        result.Atoms.Should().OnlyContain(a => a.Rule.Id == "CC1903" && a.Atom.Frames.Length == 1);
    }

    [Test]
    public void EmptyBase_Question_IsANonAssertion()
    {
        ClaimChecker.Create(ClaimBase.Empty).Check("Is Norway a member of NATO?").ShouldDecide(Verdict.NotEnoughInfo, "CC1902");
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("...")]
    public void Check_StatementWithoutWords_IsNotEnoughInfo(string statement)
    {
        var result = Fixture.Check(statement);

        result.Verdict.Should().Be(Verdict.NotEnoughInfo);
        result.Evidence.Should().BeEmpty();
        result.Atoms.Should().NotBeEmpty();
    }

    [Test]
    public void Check_Null_Throws()
    {
        var act = () => Fixture.Check(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Create_NullBase_Throws()
    {
        var act = () => ClaimChecker.Create(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Create_KeepsTheBaseAndDefaultOptions()
    {
        var checker = ClaimChecker.Create(CheckerFixtures.FixtureBase);

        checker.ClaimBase.Should().BeSameAs(CheckerFixtures.FixtureBase);
        checker.Options.Should().BeSameAs(CheckerOptions.Default);
    }

    // ------------------------------------------------------------------ precision: one key part changed

    [TestCase("Iraq abstained from voting on resolutions that condemned Russia's invasion of Ukraine.")]
    [TestCase("Iraq is a member of OPEC+.")]
    [TestCase("Iraq bought Russian helicopters.")]
    [TestCase("The U.S. withdrew from Iraq in 2011.")]
    [TestCase("Washington has provided Iraq with military and economic support since 2003.")] // a participial clause shares the sentence's subject
    [TestCase("It was in 2003 that Saddam Hussein was removed from power.")] // a passive subject may be the participial clause's object
    public void Precision_Baselines_OnTheBundledClaims_AreSupported(string statement)
    {
        var result = Bundled.Check(statement);

        result.Verdict.Should().Be(Verdict.Supported, CheckerFixtures.Describe(result));
    }

    [TestCase("Kuwait abstained from voting on resolutions that condemned Russia's invasion of Ukraine.")] // actor
    [TestCase("Jordan abstained from voting on resolutions that condemned Russia's invasion of Ukraine.")]
    [TestCase("Jordan voted against Russia at the UN.")]
    [TestCase("Iraq abstained from voting on resolutions that condemned Israel.")] // object
    [TestCase("Iraq voted against Iran at the UN.")]
    [TestCase("Iraq abstained from voting on resolutions that condemned Russia's invasion of Ukraine in 2015.")] // year
    [TestCase("Kuwait is a member of OPEC+.")]
    [TestCase("Iraq is a member of OPEC.")]
    [TestCase("Iraq is a member of NATO.")]
    [TestCase("Iraq bought helicopters from France.")]
    [TestCase("Iraq bought Russian submarines.")]
    [TestCase("Iraq bought Russian fighter jets in 2019.")]
    [TestCase("Turkey withdrew from Iraq in 2011.")]
    [TestCase("The U.S. withdrew from Iraq in 2014.")]
    [TestCase("Saddam Hussein has provided military and economic support ever since 2003.")] // an object of the participial clause is not its subject
    [TestCase("Iraq has provided the United States with military and economic support since 2003.")]
    public void Precision_OneKeyPartChanged_OnTheBundledClaims_IsNeverSupported(string statement)
    {
        var result = Bundled.Check(statement);

        result.Verdict.Should().NotBe(Verdict.Supported, CheckerFixtures.Describe(result));
    }

    [TestCase("Sweden abstained on a resolution that condemned Belarus.")]
    [TestCase("Denmark bought helicopters from Italy in 2019.")]
    [TestCase("Finland joined NATO in 2023.")]
    [TestCase("Chile imposed sanctions on Nicaragua in 2022.")]
    [TestCase("Norway's gas exports rose in 2022.")]
    [TestCase("Peru opened an embassy in Bolivia in 2020.")]
    public void Precision_Baselines_OnTheFixture_AreSupported(string statement)
    {
        var result = Fixture.Check(statement);

        result.Verdict.Should().Be(Verdict.Supported, CheckerFixtures.Describe(result));
    }

    [TestCase("Norway abstained on a resolution that condemned Belarus.")] // actor
    [TestCase("Sweden abstained on a resolution that condemned Russia.")] // object
    [TestCase("Sweden abstained on a resolution that condemned Belarus in 2019.")] // a year the source does not give
    [TestCase("Denmark bought helicopters from France.")] // seller
    [TestCase("Denmark bought submarines from Italy.")] // items
    [TestCase("Denmark bought helicopters from Italy in 2017.")] // year
    [TestCase("Norway bought helicopters from Italy in 2019.")]
    [TestCase("Estonia joined NATO in 2023.")]
    [TestCase("Finland joined the EU in 2023.")]
    [TestCase("Finland joined NATO in 2021.")]
    [TestCase("Peru imposed sanctions on Nicaragua in 2022.")]
    [TestCase("Chile imposed sanctions on Venezuela in 2022.")]
    [TestCase("Chile imposed sanctions on Nicaragua in 2020.")]
    [TestCase("Sweden's gas exports rose in 2022.")]
    [TestCase("Norway's oil exports rose in 2022.")]
    [TestCase("Norway's gas exports rose in 2020.")]
    [TestCase("Chile opened an embassy in Bolivia in 2020.")]
    [TestCase("Peru opened an embassy in Chile in 2020.")]
    [TestCase("Peru opened an embassy in Bolivia in 2018.")]
    [TestCase("Sweden signed a trade agreement with Norway in 2021.")] // what was signed
    public void Precision_OneKeyPartChanged_OnTheFixture_IsNeverSupported(string statement)
    {
        var result = Fixture.Check(statement);

        result.Verdict.Should().NotBe(Verdict.Supported, CheckerFixtures.Describe(result));
    }

    [Test]
    public void Precision_AddedCoSubject_IsNotSupported()
    {
        var result = Bundled.Check("Iraq and Kuwait are members of OPEC+.");

        result.ShouldDecide(Verdict.NotEnoughInfo, "CC1901");
        result.Explanation.Should().Contain("Kuwait");
    }

    [Test]
    public void KnownGap_Precision_AnotherPrimeMinister_IsNotSupported()
    {
        // The engine answers Supported (CC1101) citing the sentence about Prime Minister Mohammed Shia al-Sudani.
        Bundled.Check("Iraq's prime minister is Saddam Hussein.").Verdict.Should().NotBe(Verdict.Supported);
    }

    [Test]
    public void KnownGap_NotYetJoined_OnTheBundledClaims_IsSupported()
    {
        // Source: "Iraq has not joined Western sanctions against Russia". The engine answers Contradicted (CC1901).
        Bundled.Check("Iraq has not yet joined Western sanctions against Russia.").ShouldDecide(Verdict.Supported, "CC1009");
    }
}
