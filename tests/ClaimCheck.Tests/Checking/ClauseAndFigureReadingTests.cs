using ClaimCheck.Checking;
using ClaimCheck.Claims;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// Readings that decide which part of a sentence a fact belongs to: figures written as words, one date per verb
/// phrase, a vote on a motion about sanctions, a rank before "largest", the order of several figures, verbs that
/// stop what follows them, trailing relative clauses, clefts with a contrast, and a negated negation. Checked in
/// reference mode against <c>Fixtures/Sources/pacific.txt</c>, written for these tests.
/// </summary>
public sealed class ClauseAndFigureReadingTests
{
    private static readonly Lazy<ClaimBase> PacificBase = new(() => ClaimBase.FromSources([ReferenceModeTests.Source("pacific.txt")]));
    private static readonly Lazy<ClaimChecker> Checker = new(() => ClaimChecker.Create(PacificBase.Value));

    [TestCase("Fiji sent three hundred police officers to Solomon Islands in 2021.", Verdict.Supported, TestName = "A figure in words equals the same figure in digits")]
    [TestCase("Fiji sent four hundred police officers to Solomon Islands in 2021.", Verdict.Contradicted, TestName = "A different figure in words contradicts")]
    [TestCase("Fiji, Samoa and Tonga signed a fisheries pact in two thousand and nineteen.", Verdict.Supported, TestName = "A year in words is the year")]
    [TestCase("Fiji, Samoa and Tonga signed a fisheries pact in two thousand and eighteen.", Verdict.Contradicted, TestName = "Another year in words contradicts")]
    [TestCase("Fiji sent three hundred and fifty police officers to Solomon Islands in 2021.", Verdict.Contradicted, TestName = "'Three hundred and fifty' is one figure, 350")]
    [TestCase("Australia funds three quarters of the regional police training centre.", Verdict.Supported, TestName = "A fraction in words is its percent: three quarters = 75 percent")]
    [TestCase("Australia funds four-fifths of the regional police training centre.", Verdict.Contradicted, TestName = "Another fraction is another figure: four-fifths is not 75 percent")]
    [TestCase("The Pacific Islands Forum launched its ocean strategy in March.", Verdict.Contradicted, TestName = "Another month without a year contradicts")]
    [TestCase("Australian troops left Solomon Islands in June 2017.", Verdict.Supported, TestName = "A verb takes the date of its own phrase")]
    [TestCase("Australian troops left Solomon Islands in July 2003.", Verdict.Contradicted, TestName = "The date of another verb phrase is not the verb's date")]
    [TestCase("Fiji voted against the resolution urging an end to the US embargo on Cuba.", Verdict.Contradicted, TestName = "A vote on a motion about an embargo is read as the vote, not as lifting sanctions")]
    [TestCase("It was Tonga that hosted the Pacific Islands Forum summit in 2023.", Verdict.Supported, TestName = "A cleft is read as its focus doing the act")]
    [TestCase("It was Fiji, not Tonga, that hosted the Pacific Islands Forum summit in 2023.", Verdict.Contradicted, TestName = "A cleft's contrasted name is denied the act")]
    [TestCase("Samoa does not reject normalisation of relations with Taiwan.", Verdict.Contradicted, TestName = "A negated rejection is not a rejection")]
    [TestCase("Japan has halted new loans to Tonga.", Verdict.Supported, TestName = "A verb that stops what follows it reads as its denial")]
    [TestCase("Aid of 50 million dollars was pledged to Tonga by Japan, which has also halted new loans.", Verdict.Supported, TestName = "A trailing relative clause is an atom about the name before it")]
    [TestCase("Tokyo is the biggest donor of development aid to Samoa.", Verdict.Supported, TestName = "Synonyms match through any of their senses (aid as assistance)")]
    [TestCase("Fiji rejected the ruling of the tribunal.", Verdict.Contradicted, TestName = "A negation in the clause after a contrast is another subject's")]
    [TestCase("The Pacific Islands Forum suspended Fiji from its leaders' meetings in 2009.", Verdict.Supported, TestName = "'The bloc' is the organisation named before it")]
    [TestCase("The Pacific Islands Forum suspended Fiji from its leaders' meetings in 2012.", Verdict.Contradicted, TestName = "'The bloc' sentence contradicts another year")]
    [TestCase("Samoa agreed to share patrol boats.", Verdict.Supported, TestName = "'The three countries' are the countries listed before")]
    [TestCase("Samoa refused to share patrol boats.", Verdict.Contradicted, TestName = "'The three countries' sentence contradicts a refusal")]
    [TestCase("Sitiveni Rabuka signed a policing agreement with Australia.", Verdict.Supported, TestName = "A person named by surname in the source matches the full name")]
    [TestCase("Over forty people lost their lives when the cyclone struck Vanuatu in 2015.", Verdict.Supported, TestName = "A phrase means one word: lost their lives = were killed")]
    [TestCase("More than 40 people died when the cyclone struck Vanuatu in 2015.", Verdict.Supported, TestName = "Irregular forms fold: died = die, a sense of kill")]
    [TestCase("When Samoa joined the Commonwealth, Fiji, Samoa and Tonga signed a fisheries pact in 2019.", Verdict.Supported, TestName = "A leading temporal clause the source does not speak to is the setting")]
    [TestCase("Fiji sent 300 police officers to Solomon Islands in 2021, after Solomon Islands asked Australia for help.", Verdict.Supported, TestName = "A trailing temporal clause the source does not speak to is the setting")]
    [TestCase("After Fiji voted against the annual resolution calling for an end to the embargo against Cuba, Fiji sent 300 police officers to Solomon Islands in 2021.", Verdict.Contradicted, TestName = "A temporal clause the source contradicts contradicts the statement")]
    [TestCase("Palau entered the Pacific Islands Forum in 1995.", Verdict.Supported, TestName = "Entered an organisation is joining it")]
    [TestCase("Palau entered the Pacific Islands Forum in 1999.", Verdict.Contradicted, TestName = "Entered an organisation in another year contradicts")]
    [TestCase("A Japanese trade delegation travelled to the Samoan capital in March 2024.", Verdict.Supported, TestName = "The Samoan capital is Apia")]
    [TestCase("Fiji sent 300 police officers to Samoa rather than to Solomon Islands in 2021.", Verdict.Contradicted, TestName = "An object contrast denies the act with the contrasted name")]
    [TestCase("Fiji sent 300 police officers to Solomon Islands rather than to Samoa in 2021.", Verdict.NotEnoughInfo, TestName = "An object contrast the source is silent on leaves the statement open")]
    [TestCase("The Red Cross estimates that 2,100 people in the three countries need emergency shelter this year.", Verdict.Contradicted, TestName = "Another figure contradicts even where a frame matched; 'the three countries' is no figure")]
    [TestCase("The Red Cross estimates that 1,200 people in the three countries need emergency shelter this year.", Verdict.Supported, TestName = "'Estimates that' reports the content it introduces")]
    [TestCase("In 1999, Palau joined the Pacific Islands Forum.", Verdict.Contradicted, TestName = "A leading 'In' is not the membership trigger")]
    [TestCase("Vanuatu was suspended from the Melanesian Spearhead Group in 2019.", Verdict.Supported, TestName = "A year is the year of its own verb phrase")]
    [TestCase("Unlike Tonga, Samoa does not reject normalisation of relations with Taiwan.", Verdict.Contradicted, TestName = "An 'Unlike' phrase is not read into the statement")]
    [TestCase("Samoa's rejection of normalisation of relations with Taiwan is long-standing.", Verdict.Supported, TestName = "A nominalised rejection is a negation")]
    [TestCase("The patrol vessel Kiribati Star is a Japanese vessel.", Verdict.Contradicted, TestName = "CC1105: a named ship has one nationality")]
    [TestCase("The Kiribati Star is an Australian vessel.", Verdict.Supported, TestName = "CC1105 does not fire on the same nationality")]
    [TestCase("The Pacific Islands Forum opened its new secretariat building in Suva in 2008.", Verdict.Contradicted, TestName = "CC1107: the same act in another place contradicts")]
    [TestCase("The Pacific Islands Forum opened its new secretariat building in Port Vila in 2008.", Verdict.Supported, TestName = "CC1107 does not fire on the place the source names")]
    [TestCase("The Pacific Islands Forum opened its new secretariat building in Vanuatu in 2008.", Verdict.Supported, TestName = "A country contains its capital")]
    [TestCase("Fijian exports to the Chinese market were worth under 150 million dollars in 2023.", Verdict.Supported, TestName = "A measure is not the claim measure its antonym names: exports against importing")]
    [TestCase("Fijian imports from China were worth about 3.5 billion dollars in 2023.", Verdict.Contradicted, TestName = "CC1004 fires on a figure the sentence does not give")]
    [TestCase("Bowing to pressure from Canberra, the Pacific Islands Forum launched its ocean strategy in January.", Verdict.Supported, TestName = "A leading participle phrase the source does not speak to is the setting")]
    [TestCase("Bowing to pressure from Canberra, the Pacific Islands Forum launched its ocean strategy in March.", Verdict.Contradicted, TestName = "A leading participle phrase leaves the main clause to be contradicted")]
    [TestCase("Under pressure from Canberra, the Pacific Islands Forum launched its ocean strategy in January.", Verdict.Supported, TestName = "A leading phrase of circumstance the source does not speak to is the setting")]
    [TestCase("More than 41 people were killed when the cyclone struck Vanuatu in 2015.", Verdict.Contradicted, TestName = "A small count is exact: 41 is not 40, though within 5%")]
    [TestCase("About 41 people were killed when the cyclone struck Vanuatu in 2015.", Verdict.Supported, TestName = "An approximate small count is given by one within rounding")]
    [TestCase("Brussels pledged 30 million euros to Fiji for climate adaptation in 2022.", Verdict.Supported, TestName = "A capital may stand for the body seated there: Brussels for the European Commission")]
    [TestCase("Brussels pledged 40 million euros to Fiji for climate adaptation in 2022.", Verdict.Contradicted, TestName = "A seat's figure is compared like its body's")]
    [TestCase("The Melanesia Cable Project was launched in 2019 by President Taneti Maamau together with Lionel Aingimea.", Verdict.Contradicted, TestName = "CC1106: a sentence found through the thing's name gives another president; one the statement names is no rival")]
    [TestCase("The Melanesia Cable Project was launched in 2019 by President David Panuelo together with Lionel Aingimea.", Verdict.Supported, TestName = "CC1106 does not fire on the presidents the source names")]
    [TestCase("The Pacific Tuna Accord was signed in 2015 by Moses Tanoa and John Key.", Verdict.NotEnoughInfo, TestName = "A surname the source gives another first name is another person (the guard behind chile-relations cl-018)")]
    [TestCase("The Pacific Tuna Accord was signed in 2015 by Peter Tanoa and John Key.", Verdict.Supported, TestName = "A full name the source gives is the same person")]
    [TestCase("Tuna catches will fall by 10 percent in 2025, according to the Forum Fisheries Agency.", Verdict.Supported, TestName = "'It said…' quotes the body named before")]
    [TestCase("The ban on drift nets will be replaced by a licensing system.", Verdict.Supported, TestName = "'give way to' is to be replaced by")]
    [TestCase("Nauru abstained on General Assembly resolution 78/121.", Verdict.Contradicted, TestName = "A motion read from a source ends where the vote's date begins ('resolution 78/121 on 5 December 2023')")]
    [TestCase("Tonga's remittances rose 12 percent in 2023.", Verdict.Supported, TestName = "A sentence's % says percent")]
    [TestCase("Samoa aims to double its fish exports by 2030.", Verdict.Contradicted, TestName = "Double is not triple")]
    [TestCase("Speaking to reporters in Suva, Fisheries Minister Semi Koroilavesau said Fiji closed its tuna fishery for three months in 2023.", Verdict.Supported, TestName = "A leading phrase, a titled speaker and 'said' without 'that' make an attribution")]
    [TestCase("Speaking to reporters in Suva, Fisheries Minister Semi Koroilavesau said Fiji closed its tuna fishery for three months in 2021.", Verdict.Contradicted, TestName = "The attributed content is checked: another year contradicts")]
    [TestCase("Diplomatic ties with Taiwan were broken off by Kiribati in 2019.", Verdict.Supported, TestName = "'Broken off' is severed")]
    [TestCase("In 2020 Papua New Guinea cancelled a deal to buy six Su-30s from Russia.", Verdict.Supported, TestName = "A model designation in the plural is the model: Su-30s are Su-30 jets")]
    [TestCase("Niue joined the Forum Fisheries Agency in 1981.", Verdict.Supported, TestName = "A verb used twice with two years: the year of the use that matches counts")]
    [TestCase("Niue joined the Forum Fisheries Agency in 1984.", Verdict.Contradicted, TestName = "A verb used twice with two years: a third year contradicts")]
    [TestCase("Samoa, Tonga and Tuvalu revived the Polynesian Leaders Group through a charter signed in Apia in 2011.", Verdict.Supported, TestName = "A verb the lexicon does not know, in the past right after its subjects, is the predicate")]
    [TestCase("The Fijian navy held exercises in the Coral Sea in 2023.", Verdict.Contradicted, TestName = "CC1108: the same act in another sea contradicts")]
    [TestCase("According to the Fiji Broadcasting Corporation, the Defence Ministry is responsible for guarding foreign embassies in Suva.", Verdict.Contradicted, TestName = "CC1108: the same duty given to another ministry contradicts")]
    [TestCase("The Ministry of Defence and the Ministry of Home Affairs are responsible for guarding foreign embassies in Suva.", Verdict.NotEnoughInfo, TestName = "CC1108 does not fire on an institution listed with the source's")]
    [TestCase("The Fijian navy held exercises in the Tasman Sea in 2023.", Verdict.Supported, TestName = "CC1108 does not fire on the name the source gives")]
    [TestCase("The Pacific Fisheries Administration employs 85 inspectors.", Verdict.Supported, TestName = "'The administration' is the institution with that head noun named before")]
    [TestCase("The Pacific Fisheries Administration employs 58 inspectors.", Verdict.Contradicted, TestName = "'The administration' sentence contradicts another figure")]
    [TestCase("The Philippines voted in favour of the October 2023 General Assembly resolution calling for a humanitarian truce in Gaza.", Verdict.NotEnoughInfo, TestName = "A participle after a noun is that thing's act, not the subject's: 'the vote calling for' is no call by the Philippines")]
    [TestCase("Samoa will open an embassy in Tokyo in 2026.", Verdict.Supported, TestName = "A prediction is supported by the plan the source states")]
    [TestCase("Samoa is expected to open an embassy in Tokyo in 2027.", Verdict.Contradicted, TestName = "A prediction with another year than the source's plan contradicts")]
    [TestCase("Palau will join the Pacific Islands Forum.", Verdict.NotEnoughInfo, TestName = "A prediction is not settled by a fact the source reports as done")]
    [TestCase("Samoa opened an embassy in Tokyo in 2026.", Verdict.NotEnoughInfo, TestName = "A fact is not supported by a plan the source states")]
    [TestCase("Semi Koroilavesau said Fiji closed its tuna fishery for three months in 2023.", Verdict.Supported, TestName = "Words given to the speaker the source quotes are supported")]
    [TestCase("Fisheries Minister Ratu Kiniviliame Kiliraki said Fiji closed its tuna fishery for three months in 2023.", Verdict.Contradicted, TestName = "CC1109: words the source gives another named person are misattributed")]
    [TestCase("According to Sitiveni Rabuka, the closure of the fishery cost the industry 20 million dollars.", Verdict.Contradicted, TestName = "CC1109: words the source gives another person are misattributed to a registered one")]
    [TestCase("According to Ratu Kiliraki, 1,200 people in Fiji, Samoa and Tonga need emergency shelter this year.", Verdict.NotEnoughInfo, TestName = "CC1109 does not fire where the source names no person as the speaker")]
    [TestCase("The closure of the fishery cost the industry 20 million dollars, Koroilavesau said.", Verdict.Supported, TestName = "A source names its speaker once: 'He added' refers back to the sentence that named him")]
    [TestCase("Fiji's Prime Minister Frank Bainimarama opened the new parliament building in Suva in 2024.", Verdict.Contradicted, TestName = "CC1106: the same act of another holder of the office contradicts")]
    [TestCase("Fiji's Prime Minister Sitiveni Rabuka opened the new parliament building in Suva in 2024.", Verdict.Supported, TestName = "CC1106 does not fire on the holder the source names")]
    [TestCase("Frank Bainimarama, the prime minister, opened the new parliament building in Suva in 2024.", Verdict.Contradicted, TestName = "CC1106 reads 'NAME, the ROLE'")]
    [TestCase("Japan agreed to halt its new loans to Tonga.", Verdict.Supported, TestName = "A control verb hands the act to the verb it controls (agreed to halt = halted)")]
    [TestCase("Japan insisted on continuing its new loans to Tonga.", Verdict.Contradicted, TestName = "Insisting on continuing what the source says was halted contradicts")]
    [TestCase("Under pressure from Canberra, Fiji sent 300 police officers to Solomon Islands in 2021.", Verdict.Supported, TestName = "A leading adjunct phrase is the setting")]
    [TestCase("Fiji signed a climate finance agreement with New Zealand in May 2023.", Verdict.Supported, TestName = "A clause joined by 'and' shares the sentence's one date")]
    [TestCase("Like many Pacific states, Fiji sent 300 police officers to Solomon Islands in 2021.", Verdict.Supported, TestName = "A leading 'Like' phrase is the setting")]
    [TestCase("The suspension of Vanuatu from the Melanesian Spearhead Group took place in 2019.", Verdict.Supported, TestName = "A nominalisation meets its verb, and 'took place' carries no fact (suspension = suspended)")]
    [TestCase("The suspension of Vanuatu from the Melanesian Spearhead Group took place in 2018.", Verdict.Contradicted, TestName = "A nominalised act in another year contradicts")]
    [TestCase("Fiji's aid to Solomon Islands amounted to roughly 300 police officers in 2021.", Verdict.NotEnoughInfo, TestName = "Light words do not make an unrelated noun covered")]
    [TestCase("To stabilise the region, Fiji sent 300 police officers to Solomon Islands in 2021.", Verdict.Supported, TestName = "A leading purpose clause is the setting")]
    [TestCase("To stabilise the region, Fiji sent 400 police officers to Solomon Islands in 2021.", Verdict.Contradicted, TestName = "A leading purpose clause does not hide a wrong figure")]
    [TestCase("Australia welcomed the detention of the trawler.", Verdict.Supported, TestName = "A definite reference takes one missing noun from the previous sentence")]
    [TestCase("Kiribati formally rejoined the Pacific Islands Forum in February 2023.", Verdict.Supported, TestName = "'The country' is the country named before, not the person; 'the Forum' is the organisation's short name")]
    [TestCase("Kiribati formally rejoined the Pacific Islands Forum in March 2023.", Verdict.Contradicted, TestName = "A short name's sentence contradicts another month")]
    [TestCase("Coordination between the Fijian police and the Australian Federal Police is poor, officials in Suva said.", Verdict.Contradicted, TestName = "The first part of a compound is a word of its own: poor against high-level")]
    [TestCase("Samoa's health budget was raised to 55 million tala in 2023.", Verdict.Supported, TestName = "A figure both give carries its own year (from … in 2020 to … in 2023)")]
    [TestCase("Japan pledged 50 million dollars in aid to Tonga in 2022, which was welcomed by local officials.", Verdict.Supported, TestName = "A relative clause about an unnamed noun is the setting")]
    [TestCase("The maritime treaty between Tonga and Fiji took effect in 2021.", Verdict.Supported, TestName = "A hyphenated pair of names is two names; took effect = entered into force")]
    [TestCase("Samoa repaid 12 million dollars of its debt to China over 20 years.", Verdict.Supported, TestName = "A currency sign says its word ($ = dollars); two decades = 20 years")]
    [TestCase("Tuvalu voted for the resolution on ocean acidification in 2024.", Verdict.Supported, TestName = "A subject pronoun after a leading date is the previous sentence's subject")]
    [TestCase("The Red Cross estimates that almost 1,250 people in the three countries need emergency shelter this year.", Verdict.Supported, TestName = "An approximate figure is given by one within rounding (almost 1,250 ~ 1,200)")]
    [TestCase("Tuvalu keeps rejecting diplomatic recognition of China.", Verdict.Supported, TestName = "A negation in the clause before 'and' is not the next clause's")]
    [TestCase("Tuvalu has accepted diplomatic recognition of China.", Verdict.Contradicted, TestName = "The clause after 'and' keeps its own negation")]
    [TestCase("The Melanesian Spearhead Group was founded in 1986.", Verdict.Supported, TestName = "A lone predicate is enough when a name and a year pin the fact")]
    [TestCase("The Melanesian Spearhead Group was founded in 1990.", Verdict.Contradicted, TestName = "A lone predicate's fact in another year contradicts")]
    [TestCase("The Melanesian Spearhead Group was founded in Port Vila in 1986.", Verdict.NotEnoughInfo, TestName = "A capital named as the place needs the sentence to name it, not only its country")]
    [TestCase("The Home Affairs Ministry is responsible for guarding foreign embassies in Suva.", Verdict.Supported, TestName = "An institution's name may be reordered: Home Affairs Ministry = Ministry of Home Affairs")]
    [TestCase("A $1.5bn programme for Fiji was approved by the Asian Development Bank in July 2024.", Verdict.Supported, TestName = "A figure with a scale suffix equals the figure in words: $1.5bn = $1.5 billion")]
    [TestCase("A $1.5m programme for Fiji was approved by the Asian Development Bank in July 2024.", Verdict.Contradicted, TestName = "Another scale is another figure: $1.5m is not $1.5 billion")]
    [TestCase("The Asian Development Bank approved a $1.5 billion programme for Fiji in August 2024.", Verdict.Contradicted, TestName = "Another month of the same year contradicts")]
    [TestCase("Prime Minister Siaosi Sovaleni met Recep Tayyip Erdogan in Ankara in 2022.", Verdict.Supported, TestName = "Names compare without diacritics: Erdogan = Erdoğan")]
    public void Reading_DecidesTheVerdict(string statement, Verdict expected)
    {
        var result = Checker.Value.Check(statement);

        result.Verdict.Should().Be(expected, CheckerFixtures.Describe(result));
        result.ShouldRestOnRealSentences(PacificBase.Value);
    }

    [TestCase("Wellington pressed Tonga to rein in its fishing fleets so they would stay out of the marine reserve.", TestName = "A negation inside a purpose clause asserts nothing")]
    [TestCase("Tonga is an observer in the Commonwealth Games Federation rather than a full member.", TestName = "A status after 'rather than' is not the one read")]
    [TestCase("Vanuatu was suspended from the Melanesian Spearhead Group.", TestName = "An undated suspension does not deny a dated admission")]
    [TestCase("Sitiveni Rabuka was the first prime minister of Fiji.", TestName = "A title's country is not the place its holder visited")]
    [TestCase("Samoa rejects normalisation of relations with Taiwan, whereas Tonga does not.", TestName = "A tail ending in 'not' is no attribution ('not' is not 'noted')")]
    [TestCase("Vanuatu dropped a plan to buy patrol boats from China in 2021.", TestName = "A year that qualifies a noun ('a 2018 agreement') is not the act's time")]
    [TestCase("Papua New Guinea signed a deal to buy F-35 jets from Russia.", TestName = "A typed contradiction must name the statement's model designation ('F-35' is not 'Su-30')")]
    [TestCase("A Fijian request in 2022 to buy patrol boats was refused by Japan.", TestName = "An act a noun proposes ('a request to buy') did not happen, and 'a request' is no statement")]
    [TestCase("Australia sanctioned Myanmar.", TestName = "A clause's negation is its subject's, not the object's modifier's ('Tonga has not joined Australian sanctions')")]
    [TestCase("Tonga bought patrol boats after Australia sanctioned Myanmar.", TestName = "A trailing 'after' clause with its own subject and -ed verb is an atom of its own")]
    public void Reading_IsNeverContradicted(string statement)
    {
        var result = Checker.Value.Check(statement);

        result.Verdict.Should().NotBe(Verdict.Contradicted, CheckerFixtures.Describe(result));
    }

    [TestCase("Australia is only Fiji's second-largest trading partner.", TestName = "A rank before largest is a word the sentence must cover")]
    [TestCase("Fiji's motion on fisheries passed with three members in favour and twelve against.", TestName = "Several figures must come in the sentence's order")]
    [TestCase("Over forty people lost their homes when the cyclone struck Vanuatu in 2015.", TestName = "Words of a phrase are not the phrase: lost their homes is not lost their lives")]
    [TestCase("A Japanese trade delegation travelled to the Tongan capital in March 2024.", TestName = "Another country's capital is not Apia")]
    [TestCase("Vanuatu was suspended from the Melanesian Spearhead Group in 1988.", TestName = "The year of another verb phrase does not support")]
    [TestCase("Fiji signed a climate finance agreement with New Zealand in June 2023.", TestName = "Another month than the sentence's one date is not supported")]
    [TestCase("Australia welcomed the detention of the tanker.", TestName = "A noun the context does not give is still missing")]
    [TestCase("Samoa has had no normalised relations with Taiwan since 2021.", TestName = "A denial entailed by the source needs the date the statement gives")]
    [TestCase("Samoa's parliament passed a law in 2021 outlawing normalisation of relations with Taiwan.", TestName = "Outlawing is a negation, but the law and its year are not in the source")]
    [TestCase("Samoa rejects normalisation of relations with Taiwan, whereas Tonga does not.", TestName = "An elliptical 'whereas X does not' restores the predicate for X")]
    [TestCase("Palau joined the Pacific Islands Forum in 1995, and so did Samoa.", TestName = "'And so did X' restores the predicate for X")]
    [TestCase("Sitiveni Rabuka was the first president of Fiji.", TestName = "'First' must qualify the same noun in the sentence")]
    [TestCase("Samoa's health budget was raised to 55 million tala in 2020.", TestName = "A figure's year is the one after it, not the sentence's first")]
    [TestCase("Fiji's sugar exports fell to 180,000 tonnes from 120,000 tonnes in 2022.", TestName = "Each figure keeps its 'from' or 'to' on both sides")]
    [TestCase("Nearly 30 percent of Samoa's budget comes from New Zealand.", TestName = "A figure must count the same noun in the sentence")]
    [TestCase("Feleti Teo was the first prime minister of Tuvalu.", TestName = "An ordinal office the sentence gives to someone else, by apposition, is not supported")]
    [TestCase("Nauru voted for the 2023 resolution demanding a ceasefire in Sudan.", TestName = "A resolution's words ('demanding…') are not the voter's statement")]
    [TestCase("Taiwan cut off diplomatic relations with Kiribati in 2019.", TestName = "A dated change of relations has a side that acted")]
    [TestCase("The Fijian navy held exercises in the Coral Sea in 2023.", TestName = "A place's name is needed whole: the Coral Sea is not the Tasman Sea")]
    [TestCase("The Red Cross estimates that almost 1,400 people in the three countries need emergency shelter this year.", TestName = "An approximate figure beyond rounding is not given")]
    [TestCase("Prime Minister Mark Brown visited Canberra in 2023.", TestName = "CC1106 needs more than one other word: another country's prime minister may have visited too")]
    [TestCase("Fiji's Prime Minister Frank Bainimarama opened the new parliament building in Suva in 2019.", TestName = "CC1106 needs every other part of the fact, the year included")]
    [TestCase("The Defence Ministry is responsible for guarding foreign embassies in Suva.", TestName = "An institution's name is needed whole: the Defence Ministry is not the Ministry of Home Affairs")]
    [TestCase("The Apia Maritime Command is headed by Commander Sione Fifita.", TestName = "A capital that opens an institution's name is part of the name")]
    public void Reading_IsNeverSupported(string statement)
    {
        var result = Checker.Value.Check(statement);

        result.Verdict.Should().NotBe(Verdict.Supported, CheckerFixtures.Describe(result));
    }
}
