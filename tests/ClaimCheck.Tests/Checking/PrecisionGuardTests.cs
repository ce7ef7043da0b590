using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// Readings that once turned a contradicted or partly covered statement into a supported one, or the reverse, pinned
/// against <c>Fixtures/Sources/borders.txt</c> (written for these tests): a noun another country qualifies, a fact the
/// source only plans, a request the source says was declined, a list that removed visa requirements, an implicit
/// negation ("reluctant to"), and a vote whose voter is "it" after a leading phrase, with a comment in another clause.
/// </summary>
public sealed class PrecisionGuardTests
{
    private static void ShouldBe(string statement, Verdict expected) => CheckerFixtures.ShouldBeAgainstBorders(statement, expected);

    [TestCase("Ana Quispe urged the Chilean government to reopen the border crossing at Colchane.", Verdict.Supported)]
    [TestCase("Ana Quispe urged the Santiago government to reopen the border crossing at Colchane.", Verdict.Supported)]
    [TestCase("Ana Quispe urged the Peruvian government to reopen the border crossing at Colchane.", Verdict.NotEnoughInfo)]
    [TestCase("Chile's ambassador to Bolivia, Ana Quispe, urged the Bolivian government to reopen the border crossing at Colchane.", Verdict.NotEnoughInfo)]
    public void CountryQualifiedNoun_MustBeTheStatementsCountry(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Paraguay shares monthly hydropower data with Argentina.", Verdict.NotEnoughInfo)]
    [TestCase("Paraguay already shares hydropower data with Argentina every month.", Verdict.NotEnoughInfo)]
    [TestCase("Paraguay would share monthly hydropower data with Argentina.", Verdict.Supported)]
    public void FactTheSourceOnlyPlans_IsNotSupported(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Argentina agreed to requests from Uruguay and Brazil to extend the consultation deadline.", Verdict.NotEnoughInfo)]
    [TestCase("Uruguay and Brazil asked the commission to extend the consultation deadline.", Verdict.Supported)]
    public void RequestTheSourceSaysWasDeclined_IsNotSupported(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Rwanda, Benin and Ghana had removed visa requirements for fellow Africans.", Verdict.Supported)]
    [TestCase("Ghana removed visa requirements for Africans.", Verdict.Supported)]
    [TestCase("Rwanda, Benin and Ghana had removed visa requirements for fellow Africans before Kenya did the same.", Verdict.Supported)]
    public void RemovingVisaRequirements_IsNoRemovalFromPower(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Oslo is reluctant to sanction Minsk.", Verdict.Supported)]
    [TestCase("Norway's reluctance to sanction Belarus is well documented.", Verdict.Supported)]
    [TestCase("Norway is unwilling to impose sanctions on Belarus.", Verdict.Supported)]
    [TestCase("Norway sanctioned Belarus.", Verdict.Contradicted)]
    public void Reluctance_IsImplicitNegation(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Tanzania voted against the 2023 resolution calling for a truce in Sudan.", Verdict.Contradicted)]
    [TestCase("Tanzania abstained on the resolution calling for a truce in Sudan.", Verdict.Supported)]
    [TestCase("Dodoma did not vote for the 2023 resolution calling for a truce in Sudan.", Verdict.Supported)]
    public void PronounAfterALeadingPhrase_IsThePreviousSubject(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Tanzania attacked Chad.")]
    [TestCase("Tanzania voted for a resolution condemning Chad.")]
    public void WhatAVotersOfficialsSaid_IsNotTheVoteOrAnAct(string statement) => ShouldBe(statement, Verdict.NotEnoughInfo);

    [TestCase("At Stiegler's Gorge in southern Tanzania, the Rufiji river rose 2.4 metres in three weeks.", Verdict.Contradicted)]
    [TestCase("At Stiegler's Gorge in southern Tanzania, the Rufiji river fell 2.4 metres in three weeks.", Verdict.Supported)]
    public void AntonymOfAnUnnamedSubject_BesideAPlace_Contradicts(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("The Julius Nyerere dam would be the first dam built by Tanzania on the Rufiji.", Verdict.Contradicted)]
    [TestCase("The Julius Nyerere dam would be the second dam built by Tanzania on the Rufiji.", Verdict.Supported)]
    public void AnotherRank_Contradicts(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("The signing of a Kenya-Tanzania border agreement planned for 12 May in Arusha has been put back.", Verdict.Supported)]
    public void ThePredicate_IsNoNounAfterAnArticle(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Doto Biteko told reporters that Tanzania has the right to use its own rivers.", Verdict.Supported)]
    [TestCase("Samia Suluhu told reporters that Tanzania has the right to use its own rivers.", Verdict.Contradicted)]
    public void AQuoteAfterAQuote_IsTheSameSpeakers(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("The talks scheduled for 9 June went ahead in Arusha as planned.", Verdict.Contradicted)]
    [TestCase("The talks scheduled for 9 June in Arusha were put off.", Verdict.Supported)]
    public void GoingAhead_IsTheOppositeOfPostponing(string statement, Verdict expected) => ShouldBe(statement, expected);

    [TestCase("Wary of endangering its ties with Nairobi, Tanzania treads carefully given strong Kenyan support for Ethiopia.")]
    [TestCase("Tanzania treads carefully given strong Kenyan support for Ethiopia.")]
    public void ANounAnotherCountryQualifies_IsThatCountrysAct(string statement) => ShouldBe(statement, Verdict.NotEnoughInfo);

    [TestCase("Ethiopia withdrew its troops from the border area.")]
    [TestCase("Ethiopia has pulled its troops out of the border area.")]
    public void AnActSomeoneDemanded_IsNotDone(string statement) => ShouldBe(statement, Verdict.NotEnoughInfo);

    [TestCase("Amina Juma, speaking for the port employers' association, said the offer does not reflect the cost of living.", Verdict.NotEnoughInfo)]
    [TestCase("Amina Juma, speaking for the Tanzania Dockworkers Union, said the offer does not reflect the cost of living.", Verdict.Supported)]
    public void WhomASpeakerSpeaksFor_MustBeInTheSource(string statement, Verdict expected) => ShouldBe(statement, expected);
}
