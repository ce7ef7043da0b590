using System.Diagnostics;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string input) => SentenceSplitter.Split(input).Select(s => s.Text).ToArray();

    // ---- Terminal punctuation ---------------------------------------------------------------

    [TestCase("It rained. We stayed.", "It rained.", "We stayed.")]
    [TestCase("Stop! Go now.", "Stop!", "Go now.")]
    [TestCase("Why? Because I said so.", "Why?", "Because I said so.")]
    [TestCase("Really?! Yes.", "Really?!", "Yes.")]
    [TestCase("It ended in 2011. 2012 was calmer.", "It ended in 2011.", "2012 was calmer.")]
    [TestCase("He left. (Nobody noticed.)", "He left.", "(Nobody noticed.)")]
    [TestCase("He left. \u201CWhy?\u201D she asked.", "He left.", "\u201CWhy?\u201D she asked.")]
    [TestCase("One.\tTwo.", "One.", "Two.")]
    [TestCase("No final punctuation", "No final punctuation")]
    public void Split_BreaksAfterTerminalPunctuationFollowedBySentenceStart(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("He said no. then he left.")]
    [TestCase("Version 2.0.1 shipped.")]
    [TestCase("The site is GlobalSecurity.org today.")]
    [TestCase("It ended.Then nothing.")]
    [TestCase("It ended. - or did it?")]
    public void Split_DoesNotBreakWhenPunctuationIsNotFollowedBySpaceAndSentenceStart(string input) =>
        Texts(input).Should().Equal(input);

    // ---- Abbreviations ----------------------------------------------------------------------

    [TestCase("Lt. Gen. Smith arrived.")]
    [TestCase("Maj. Gen. Tahseen Al-Khafaji spoke today.")]
    [TestCase("Capt. Jones met Sgt. Brown and Col. White.")]
    [TestCase("Adm. Nelson outranked Lt. Hardy.")]
    public void Split_DoesNotBreakAfterMilitaryRankAbbreviations(string input) =>
        Texts(input).Should().Equal(input);

    [TestCase("Mr. Smith met Mrs. Jones and Ms. Brown.")]
    [TestCase("Dr. Who and Prof. Plum argued.")]
    [TestCase("Gov. Abbott, Sen. Cruz and Rep. Ocasio-Cortez spoke.")]
    [TestCase("Pres. Biden met Amb. Romanowski.")]
    [TestCase("It was Smith vs. Jones in the final.")]
    [TestCase("Some allies, e.g. Jordan, agreed.")]
    [TestCase("The host, i.e. Baghdad, agreed.")]
    public void Split_DoesNotBreakAfterTitlesAndConnectiveAbbreviations(string input) =>
        Texts(input).Should().Equal(input);

    [TestCase("J. Smith arrived.")]
    [TestCase("George W. Bush spoke.")]
    [TestCase("J. A. Smith spoke.")]
    public void Split_DoesNotBreakAfterSingleCapitalInitials(string input) =>
        Texts(input).Should().Equal(input);

    [TestCase("The U.S. Army left.")]
    [TestCase("The U.S.A. Today edition sold out.")]
    [TestCase("The U.K. Prime Minister visited.")]
    [TestCase("The U.N. Security Council met.")]
    [TestCase("The E.U. Commission objected.")]
    [TestCase("It opened at 9 a.m. Baghdad time.")]
    [TestCase("Both the U.S. and Russia objected.")]
    [TestCase("Given the U.S.'s strong support, it waited.")]
    public void Split_DoesNotBreakAfterDottedAcronymsBeforeNamesOrLowercase(string input) =>
        Texts(input).Should().Equal(input);

    [TestCase("He moved to the U.S. The move was hard.", "He moved to the U.S.", "The move was hard.")]
    [TestCase("She left the U.K. It rained.", "She left the U.K.", "It rained.")]
    [TestCase("They asked the U.N. However, it refused.", "They asked the U.N.", "However, it refused.")]
    [TestCase("The bus left at 5 p.m. They missed it.", "The bus left at 5 p.m.", "They missed it.")]
    [TestCase("It ended in World War I. After that, peace.", "It ended in World War I.", "After that, peace.")]
    public void Split_BreaksAfterDottedAcronymOrInitialWhenNextWordIsASentenceStarter(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("Acme Inc. Chairman Lee resigned.")]
    [TestCase("Smith Bros. Hardware opened a store.")]
    [TestCase("Martin Luther King Jr. Day is a holiday.")]
    [TestCase("He lives in St. Louis now.")]
    [TestCase("On Sept. 11 the towers fell.")]
    [TestCase("It began on Jan. 5 and ended on Feb. 9.")]
    [TestCase("He arrived on Aug. 3 in Baghdad.")]
    public void Split_DoesNotBreakAfterSuffixAndMonthAbbreviationsBeforeNames(string input) =>
        Texts(input).Should().Equal(input);

    [TestCase("He works for Acme Inc. The firm is small.", "He works for Acme Inc.", "The firm is small.")]
    [TestCase("The talks ended in Dec. In January they resumed.", "The talks ended in Dec.", "In January they resumed.")]
    public void Split_BreaksAfterSuffixAndMonthAbbreviationsBeforeSentenceStarters(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("See No. 10 Downing Street.", "See No. 10 Downing Street.")]
    [TestCase("It was Vol. 3 of the set.", "It was Vol. 3 of the set.")]
    [TestCase("He said No. The vote failed.", "He said No.", "The vote failed.")]
    public void Split_TreatsNumberPrefixAbbreviationsAsNonSplittingOnlyBeforeDigits(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("We bought apples, pears, etc. and went home.", "We bought apples, pears, etc. and went home.")]
    [TestCase("We bought apples, pears, etc. Then we went home.", "We bought apples, pears, etc.", "Then we went home.")]
    [TestCase("We bought fruit, etc. Iraq was next.", "We bought fruit, etc.", "Iraq was next.")]
    public void Split_TreatsEtcAsSentenceEndBeforeAnyCapitalisedWord(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    // ---- Numbers ----------------------------------------------------------------------------

    [TestCase("On 01 October 2024, US Ambassador Elena Romansky spoke.")]
    [TestCase("The population is 3.5 million people.")]
    [TestCase("Revenue reached $1.2bn last year.")]
    [TestCase("Growth was 0.5% in 2023.")]
    [TestCase("Revenue reached $1.2bn. The costs rose.", "Revenue reached $1.2bn.", "The costs rose.")]
    [TestCase("It grew 3.5. Then it fell.", "It grew 3.5.", "Then it fell.")]
    public void Split_NeverBreaksInsideNumbers(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected.Length == 0 ? new[] { input } : expected);

    // ---- Quotes and brackets ----------------------------------------------------------------

    [TestCase("He said \"We will stay.\" Then he left.", "He said \"We will stay.\"", "Then he left.")]
    [TestCase("He said \u201CWe will stay.\u201D Then he left.", "He said \u201CWe will stay.\u201D", "Then he left.")]
    [TestCase("She wrote \u2018Done.\u2019 Then she slept.", "She wrote \u2018Done.\u2019", "Then she slept.")]
    [TestCase("She wrote 'Done.' Then she slept.", "She wrote 'Done.'", "Then she slept.")]
    [TestCase("(It was late.) We left.", "(It was late.)", "We left.")]
    [TestCase("He asked \"Why?\" and left.", "He asked \"Why?\" and left.")]
    [TestCase("He said: \u201CStop!\u201D and walked away.", "He said: \u201CStop!\u201D and walked away.")]
    [TestCase("It ended. \"Why?\" she asked.", "It ended.", "\"Why?\" she asked.")]
    public void Split_KeepsClosingQuotesAndBracketsWithTheSentenceTheyClose(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("Iraq\u2019s policy is clear. Iraq\u2019s allies agree.", "Iraq\u2019s policy is clear.", "Iraq\u2019s allies agree.")]
    [TestCase("Iraq's policy is clear. Iraq's allies agree.", "Iraq's policy is clear.", "Iraq's allies agree.")]
    [TestCase("The U.S. is one of Iraq\u2019s key allies. It helps.", "The U.S. is one of Iraq\u2019s key allies.", "It helps.")]
    public void Split_DoesNotTreatApostrophesInsideWordsAsQuoteEnds(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    // ---- Ellipsis ---------------------------------------------------------------------------

    [TestCase("He paused... and went on.", "He paused... and went on.")]
    [TestCase("He paused\u2026 and went on.", "He paused\u2026 and went on.")]
    [TestCase("He paused... Then he left.", "He paused...", "Then he left.")]
    [TestCase("He called Dr... Nobody answered.", "He called Dr...", "Nobody answered.")]
    public void Split_BreaksAfterEllipsisOnlyBeforeASentenceStart(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    // ---- Line structure ---------------------------------------------------------------------

    [TestCase("Foreign Relations - World War III\nIraq has a policy.", "Foreign Relations - World War III", "Iraq has a policy.")]
    [TestCase("Military\n\n\nForeign Relations\n\nBody text.", "Military", "Foreign Relations", "Body text.")]
    [TestCase("First part\n\nSecond part", "First part", "Second part")]
    [TestCase("Ends with comma,\n\nnext paragraph.", "Ends with comma,", "next paragraph.")]
    [TestCase("He met Dr.\n\nSmith later.", "He met Dr.", "Smith later.")]
    [TestCase("Blank line with spaces\n   \t\nNext.", "Blank line with spaces", "Next.")]
    [TestCase("# Title\nBody text here.", "# Title", "Body text here.")]
    [TestCase("Items:\n- one\n- two", "Items:", "- one", "- two")]
    [TestCase("A full sentence.\n- a bullet", "A full sentence.", "- a bullet")]
    [TestCase("1. First item\n2. Second item", "1. First item", "2. Second item")]
    [TestCase("It was signed by the\nU.S. Army.", "It was signed by the", "U.S. Army.")]
    [TestCase("NEWSLETTER\nJoin the GlobalSecurity.org mailing list", "NEWSLETTER", "Join the GlobalSecurity.org mailing list")]
    public void Split_EndsSentencesAtBlankLinesAndUnpunctuatedLines(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected);

    [TestCase("This sentence is\nwrapped over two lines.")]
    [TestCase("This sentence is\n  wrapped with an indent.")]
    [TestCase("It was signed by the U.S.\nArmy and its allies.")]
    [TestCase("It was signed by Lt.\nGen. Smith.")]
    [TestCase("Apples, pears, etc.\nand more.")]
    public void Split_JoinsWrappedLinesThatContinueTheSentence(string input, params string[] expected) =>
        Texts(input).Should().Equal(expected.Length == 0 ? new[] { input } : expected);

    [Test]
    public void Split_HandlesCrLfLineBreaksWithoutIncludingCarriageReturns()
    {
        const string input = "Heading\r\nBody text.\r\n\r\nNext paragraph. Second sentence.\r\n";

        Texts(input).Should().Equal("Heading", "Body text.", "Next paragraph.", "Second sentence.");
    }

    // ---- Whitespace and spans ---------------------------------------------------------------

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\n\t \r\n  \n")]
    [TestCase("\uFEFF \u200B\n")]
    public void Split_ProducesNoSentencesForWhitespaceOnlyText(string input) =>
        SentenceSplitter.Split(input).Should().BeEmpty();

    [Test]
    public void Split_TrimsSurroundingWhitespaceFromTheSpan()
    {
        var sentences = SentenceSplitter.Split("  \n Hello there.   \n\n  Bye.  ");

        sentences.Select(s => (s.Number, s.Start, s.Length, s.End, s.Text)).Should().Equal(
            (1, 4, 12, 16, "Hello there."),
            (2, 23, 4, 27, "Bye."));
    }

    [Test]
    public void Split_IgnoresStraySpacesBeforePunctuation()
    {
        const string input = "It made the task more difficult , as they said . Then it ended .\n\nNext.";

        Texts(input).Should().Equal(
            "It made the task more difficult , as they said .",
            "Then it ended .",
            "Next.");
    }

    [TestCase("It rained. We stayed.\n\nHeading\nBody \u201Cquoted.\u201D Then more, etc. and U.S. Army.\r\n- item\n")]
    [TestCase("  Lt. Gen. Smith arrived.  J. A. Smith spoke... Then he left!  (Really?) Yes.\n\n\n")]
    public void Split_NumbersSentencesConsecutivelyAndEveryTextEqualsItsSpan(string input)
    {
        var sentences = SentenceSplitter.Split(input);

        sentences.Should().NotBeEmpty();
        sentences.Select(s => s.Number).Should().Equal(Enumerable.Range(1, sentences.Length));
        foreach (var sentence in sentences)
        {
            sentence.Text.Should().Be(input.Substring(sentence.Start, sentence.Length));
            sentence.End.Should().Be(sentence.Start + sentence.Length);
            sentence.Text.Should().NotBeNullOrWhiteSpace();
            char.IsWhiteSpace(sentence.Text[0]).Should().BeFalse();
            char.IsWhiteSpace(sentence.Text[^1]).Should().BeFalse();
        }

        sentences.Zip(sentences.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start);
    }

    [Test]
    public void Split_IsDeterministic()
    {
        const string input = "Lt. Gen. Smith arrived. He said \"We will stay.\" Then he left.\n\nThe U.S. is an ally.";

        SentenceSplitter.Split(input).Should().Equal(SentenceSplitter.Split(input));
    }

    [Test]
    public void Split_ThrowsOnNull()
    {
        var act = () => SentenceSplitter.Split(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Split_RunsInLinearTimeOnPathologicalInput()
    {
        // Each input is ~200k characters; a quadratic scan would take tens of seconds on some of them.
        const int n = 200_000;
        string[] inputs =
        [
            string.Concat(Enumerable.Repeat("a.", n / 2)),
            string.Concat(Enumerable.Repeat(". ", n / 2)),
            string.Concat(Enumerable.Repeat("1. A ", n / 5)),
            new string(' ', n) + "1. A" + new string(' ', n) + ".",
            new string('\n', n),
            new string(' ', n) + "\n" + new string(' ', n) + "\nx",
            "x" + new string('"', n) + "\nY",
            "Word." + new string('"', n) + " Next.",
            string.Concat(Enumerable.Repeat("U.S. Army ", n / 10)),
            string.Concat(Enumerable.Repeat("line without end\n", n / 17)),
        ];

        var stopwatch = Stopwatch.StartNew();
        int total = 0;
        foreach (string input in inputs)
        {
            total += SentenceSplitter.Split(input).Length;
        }

        stopwatch.Stop();
        total.Should().BePositive();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    // ---- Seed article -----------------------------------------------------------------------

    // Counted by hand and confirmed by the splitter: 3 header lines ("UNITED24 - ...", "Military",
    // "Foreign Relations - World War III"), 45 body sentences in 12 paragraphs
    // (3 + 4 + 2 + 2 + 2 + 4 + 5 + 5 + 5 + 6 + 2 + 5), and 2 footer lines ("NEWSLETTER",
    // "Join the GlobalSecurity.org mailing list"): 50 sentences.
    private const int SeedSentenceCount = 50;

    private static string ReadSeedArticle()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run below the folder containing ClaimCheck.sln");
        string path = Path.Combine(directory!.FullName, "claims", "sources", "globalsecurity-iraq-foreign-relations.txt");
        return File.ReadAllText(path, Encoding.UTF8);
    }

    [Test]
    public void Split_SeedArticle_HasExpectedSentenceCount() =>
        SentenceSplitter.Split(ReadSeedArticle()).Should().HaveCount(SeedSentenceCount);

    [Test]
    public void Split_SeedArticle_EverySentenceTextEqualsItsSpan()
    {
        string text = ReadSeedArticle();
        var sentences = SentenceSplitter.Split(text);

        sentences.Should().NotBeEmpty();
        sentences.Select(s => s.Number).Should().Equal(Enumerable.Range(1, sentences.Length));
        sentences.Should().OnlyContain(s => s.Text == text.Substring(s.Start, s.Length));
    }

    [TestCase(3, "Foreign Relations - World War III")]
    [TestCase(12,
        "On 01 October 2024, US Ambassador to Iraq Elena Romansky called on the Iraqi government to cooperate to stop " +
        "attacks on diplomatic missions in the capital, Baghdad, after the Diplomatic Support Complex, a US facility, was targeted .")]
    [TestCase(42,
        "The U.S. is one of Iraq\u2019s key allies, having led the coalition that removed Saddam Hussein from power in 2003 " +
        "and providing military and economic support ever since.")]
    [TestCase(43,
        "Iraq\u2019s leadership is cautious about taking actions that could jeopardize its relationship with Washington, " +
        "especially given the U.S.'s strong support for Ukraine in the war.")]
    [TestCase(48, "For example, Iraq abstained from voting on resolutions that condemned Russia's invasion of Ukraine.")]
    [TestCase(49, "NEWSLETTER")]
    public void Split_SeedArticle_ContainsWholeSentenceWithStableNumber(int number, string expected)
    {
        var sentences = SentenceSplitter.Split(ReadSeedArticle());

        sentences.Should().ContainSingle(s => s.Text == expected)
            .Which.Number.Should().Be(number);
    }
}
