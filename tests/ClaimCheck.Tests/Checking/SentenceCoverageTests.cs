using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// Words a statement may add or change without changing the fact, so that a sentence still covers it: a military
/// title's abbreviation, "to help" before the act, an arrangement for an agreement; and a phrase predicate ("came into
/// force") takes the year of its own phrase. Against
/// <c>Fixtures/Sources/borders.txt</c>, written for these tests.
/// </summary>
public sealed class SentenceCoverageTests
{
    [TestCase("Maj. Gen. Juma Mwinyi said the police protect every embassy in Dodoma.", Verdict.Supported)]
    [TestCase("Tanzania relies on its cooperation with Uganda within the East African Community to help stabilise regional fuel prices.", Verdict.Supported)]
    [TestCase("Tanzania coordinates fuel imports with Kenya through joint arrangements.", Verdict.Supported)]
    [TestCase("Tanzania has stopped coordinating fuel imports with Kenya through joint arrangements.", Verdict.Contradicted)]
    [TestCase("The fuel pipeline agreement between Kenya and Tanzania came into force in July 2020.", Verdict.Supported)]
    [TestCase("The fuel pipeline agreement between Kenya and Tanzania came into force in March 2019.", Verdict.NotEnoughInfo)]
    [TestCase("Benchmark zinc on the London Metal Exchange rose 2.1% to $2,900 per tonne on Tuesday.", Verdict.Supported)]
    [TestCase("Benchmark zinc on the London Metal Exchange fell 2.1% on Tuesday.", Verdict.Contradicted)]
    [TestCase("Tanzania ranks as Africa's second-largest gold producer.", Verdict.Contradicted)]
    [TestCase("Tanzania declared a 14-day curfew in two districts in the north.", Verdict.Supported)]
    public void CoveredDespiteAWordTheSentenceLacks(string statement, Verdict expected) => CheckerFixtures.ShouldBeAgainstBorders(statement, expected);

    [TestCase("Tanzania did not vote for the 2023 resolution calling for a truce in Sudan, abstaining along with other states.", Verdict.Supported)]
    [TestCase("Tanzania did not vote for the 2023 resolution calling for a truce in Sudan, voting against it instead.", Verdict.Contradicted)]
    public void ATrailingParticiple_SaysMoreOfTheSameSubject(string statement, Verdict expected) => CheckerFixtures.ShouldBeAgainstBorders(statement, expected);

    [Test]
    public void ALeadingAdjectivePhrase_ReadAfterTheSubject_IsNoName()
    {
        var result = CheckerFixtures.Bundled.Check("Mindful of firm American support for Ukraine, Iraqi leaders are careful to avoid moves that might endanger relations with Washington.");

        result.Atoms.Select(a => a.Explanation).Should().NotContain(e => e.Contains("\"Mindful\"", StringComparison.Ordinal), CheckerFixtures.Describe(result));
    }
}
