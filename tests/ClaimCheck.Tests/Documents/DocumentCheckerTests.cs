using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

/// <summary><see cref="ClaimChecker.CheckDocument"/>: reading Markdown and plain text, positions, skipping, and checking.</summary>
public sealed class DocumentCheckerTests
{
    private const string Contradicted = "Iraq voted against Russia at the UN.";

    private static readonly Lazy<ClaimChecker> SharedChecker = new(() => ClaimChecker.Create(ClaimBase.Load(TestPaths.ClaimsDirectory)));

    internal static ClaimChecker Checker => SharedChecker.Value;

    private static DocumentResult Markdown(string text) => Checker.CheckDocument("doc.md", text, DocumentFormat.Markdown);

    private static DocumentSentence TheContradiction(DocumentResult document) =>
        document.Sentences.Should().ContainSingle(s => s.Status == SentenceStatus.Checked && s.Result!.Verdict == Verdict.Contradicted).Subject;

    // --- positions ---------------------------------------------------------------------------------

    [TestCase("Iraq voted against Russia at the UN.", 1, 1, 1, 37, TestName = "Plain paragraph")]
    [TestCase("**Iraq** voted against Russia at the UN.", 1, 3, 1, 41, TestName = "Bold subject: starts at the I, not the asterisks")]
    [TestCase("See `claimcheck check`. Iraq voted against Russia at the UN.", 1, 25, 1, 61, TestName = "After inline code")]
    [TestCase("Read [the notes](https://example.org/notes). Iraq voted against Russia at the UN.", 1, 46, 1, 82, TestName = "After a link")]
    [TestCase("[Iraq](https://example.org/iraq) voted against [Russia](https://example.org/russia) at the *UN*.", 1, 2, 1, 97, TestName = "Links and emphasis inside the sentence")]
    [TestCase("Tom &amp; Jerry. Iraq voted against Russia at the UN.", 1, 18, 1, 54, TestName = "After an HTML entity")]
    [TestCase("# Title\n\nFirst paragraph.\n\nIraq voted *against* Russia\nat the UN.", 5, 1, 6, 11, TestName = "Wrapped over two lines")]
    [TestCase("# Title\r\n\r\nIntro, **bold**.\r\nIraq voted against Russia at the UN.\r\n", 4, 1, 4, 37, TestName = "CRLF line endings")]
    [TestCase("---\ntitle: x\n---\n\n> **Iraq** voted against Russia at the UN.", 5, 5, 5, 43, TestName = "After front matter, in a quote")]
    public void Markdown_ContradictedSentence_IsReportedAtItsPlaceInTheOriginalText(string markdown, int line, int column, int endLine, int endColumn)
    {
        var sentence = TheContradiction(Markdown(markdown));

        (sentence.Line, sentence.Column, sentence.EndLine, sentence.EndColumn).Should().Be((line, column, endLine, endColumn));
        markdown[sentence.Start..sentence.End].Should().StartWith("Iraq").And.EndWith(".", "the span runs from the first to the last character of the sentence");
        sentence.Result!.Rule.Id.Should().Be("CC1002");
    }

    [TestCase("**Iraq** voted against Russia at the UN.")]
    [TestCase("[Iraq](https://example.org/iraq) voted against [Russia](https://example.org/russia) at the UN.")]
    [TestCase("Iraq voted against\nRussia at the UN.")]
    [TestCase("Iraq voted against Russia at the <abbr>UN</abbr>.")]
    [TestCase("Iraq voted<!-- removed -->against Russia at the UN.")]
    public void Markdown_SentenceText_IsTheProseWithoutMarkup(string markdown)
    {
        TheContradiction(Markdown(markdown)).Text.Should().Be(Contradicted);
    }

    [Test]
    public void Markdown_EverySentence_StartAndEndMapToLineAndColumn()
    {
        const string markdown = "# Iraq and **OPEC+**\n\nIraq is a member of OPEC+. Did Iraq vote?\n\n- Iraq voted against Russia at the UN.\n";
        var document = Markdown(markdown);

        document.Sentences.Select(s => s.Text).Should().Equal("Iraq and OPEC+", "Iraq is a member of OPEC+.", "Did Iraq vote?", Contradicted);
        document.Sentences.Select(s => (s.Line, s.Column)).Should().Equal((1, 3), (3, 1), (3, 28), (5, 3));
        document.Sentences.Select(s => (s.EndLine, s.EndColumn)).Should().Equal((1, 19), (3, 27), (3, 42), (5, 39));
    }

    [Test]
    public void RepositoryMarkdown_EverySentenceSpan_StartsAndEndsWithItsTextAndMapsToItsLine()
    {
        var files = Directory.GetFiles(TestPaths.RepoRoot, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        files.Should().NotBeEmpty();

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var lines = new ClaimCheck.Text.LineMap(text);
            foreach (var sentence in Checker.CheckDocument(file, text, DocumentFormat.Markdown).Sentences)
            {
                var where = $"{file}:{sentence.Line}:{sentence.Column} \"{sentence.Text}\"";
                text[sentence.Start].Should().Be(sentence.Text[0], where);
                if (sentence.Text[^1] is not (';' or '&' or '<' or '>' or '"'))
                {
                    text[sentence.End - 1].Should().Be(sentence.Text[^1], where);
                }

                lines.GetPosition(sentence.Start).Should().Be(new ClaimCheck.Text.TextPosition(sentence.Line, sentence.Column), where);
                lines.GetPosition(sentence.End).Should().Be(new ClaimCheck.Text.TextPosition(sentence.EndLine, sentence.EndColumn), where);
            }
        }
    }

    // --- what is read and what is not -----------------------------------------------------------------

    [TestCase("```\nIraq voted against Russia at the UN.\n```\n", TestName = "Fenced code")]
    [TestCase("~~~text\nIraq voted against Russia at the UN.\n~~~\n", TestName = "Tilde fence")]
    [TestCase("Intro.\n\n    Iraq voted against Russia at the UN.\n", TestName = "Indented code")]
    [TestCase("---\nsummary: Iraq voted against Russia at the UN.\n---\n\nIntro.\n", TestName = "YAML front matter")]
    [TestCase("<!-- Iraq voted against Russia at the UN. -->\n\nIntro.\n", TestName = "HTML comment block")]
    [TestCase("Intro. <!-- Iraq voted against Russia at the UN. --> Outro.\n", TestName = "Inline HTML comment")]
    [TestCase("<div>\nIraq voted against Russia at the UN.\n</div>\n", TestName = "HTML block")]
    [TestCase("Example: `Iraq voted against Russia at the UN.`\n", TestName = "Inline code")]
    [TestCase("Read [the notes](https://example.org/Iraq-voted-against-Russia \"Iraq voted against Russia at the UN.\").\n", TestName = "Link URL and title")]
    [TestCase("![Iraq voted against Russia at the UN.](chart.png)\n", TestName = "Image")]
    [TestCase("See <https://example.org/iraq-voted-against-russia> and https://example.org/iraq-voted.\n", TestName = "Autolinks")]
    public void Markdown_CodeFrontMatterHtmlAndUrls_AreNotRead(string markdown)
    {
        var document = Markdown(markdown);

        document.Sentences.Should().NotContain(s => s.Text.Contains("voted", StringComparison.Ordinal));
        document.Sentences.Should().NotContain(s => s.Text.Contains("example.org", StringComparison.Ordinal));
        document.WithVerdict(Verdict.Contradicted).Should().BeEmpty();
    }

    [TestCase("# Iraq voted against Russia at the UN.", 1, 3, TestName = "ATX heading")]
    [TestCase("Iraq voted against Russia at the UN.\n===", 1, 1, TestName = "Setext heading")]
    [TestCase("- Iraq voted against Russia at the UN.", 1, 3, TestName = "List item")]
    [TestCase("Intro.\n\n1. First.\n2. Iraq voted against Russia at the UN.", 4, 4, TestName = "Ordered list item")]
    [TestCase("| Note | Claim |\n|---|---|\n| one | Iraq voted against Russia at the UN. |", 3, 9, TestName = "Table cell")]
    [TestCase("> Iraq voted against Russia at the UN.", 1, 3, TestName = "Block quote")]
    [TestCase("> - Iraq voted against Russia at the UN.", 1, 5, TestName = "List in a quote")]
    public void Markdown_HeadingsListsTablesAndQuotes_AreChecked(string markdown, int line, int column)
    {
        var sentence = TheContradiction(Markdown(markdown));

        sentence.Text.Should().Be(Contradicted);
        (sentence.Line, sentence.Column).Should().Be((line, column));
    }

    [Test]
    public void Markdown_TableCells_AreSeparateSentences()
    {
        var document = Markdown("| Iraq | OPEC+ |\n|---|---|\n| Iraq is a member of OPEC+. | Iraq voted against Russia at the UN. |\n");

        document.Sentences.Select(s => s.Text).Should().Equal("Iraq", "OPEC+", "Iraq is a member of OPEC+.", Contradicted);
        document.Sentences[3].Column.Should().Be(32);
    }

    [Test]
    public void PlainText_IsReadAsItIs_MarkdownSyntaxIncluded()
    {
        const string text = "```\nIraq voted against Russia at the UN.\n```\n<!-- claimcheck-disable-next-line -->\nIraq is a member of OPEC+.\n";

        var document = Checker.CheckDocument("notes.txt", text, DocumentFormat.PlainText);

        var sentence = TheContradiction(document);
        (sentence.Line, sentence.Column, sentence.EndLine, sentence.EndColumn).Should().Be((2, 1, 2, 37));
        document.Sentences.Should().NotContain(s => s.Status == SentenceStatus.Suppressed, "comments are not suppressions in plain text");
        document.WithVerdict(Verdict.Supported).Should().ContainSingle();
    }

    // --- which sentences are checked -----------------------------------------------------------------

    [TestCase("Iraq is a member of OPEC+.", SentenceStatus.Checked, Verdict.Supported, null)]
    [TestCase("Iraq voted against Russia at the UN.", SentenceStatus.Checked, Verdict.Contradicted, null)]
    [TestCase("Iraq signed a trade deal with Chile in 2019.", SentenceStatus.Checked, Verdict.NotEnoughInfo, null)]
    [TestCase("Did Iraq vote against Russia at the UN?", SentenceStatus.Skipped, null, "question")]
    [TestCase("The weather was fine all week.", SentenceStatus.Skipped, null, "no known entity")]
    public void Sentence_IsCheckedOnlyWhenItAssertsSomethingAboutAKnownEntity(string text, SentenceStatus status, Verdict? verdict, string? reason)
    {
        var sentence = Markdown(text).Sentences.Should().ContainSingle().Subject;

        sentence.Status.Should().Be(status);
        sentence.Result?.Verdict.Should().Be(verdict);
        sentence.SkipReason.Should().Be(reason);
        if (status == SentenceStatus.Skipped)
        {
            sentence.Result.Should().BeNull();
        }
    }

    [Test]
    public void Document_KeepsEverySentenceInOrder()
    {
        const string markdown = "# Notes\n\nThe weather was fine. Iraq is a member of OPEC+.\n\n```\ncode\n```\n\nDid Iraq vote? Iraq voted against Russia at the UN.\n";

        var document = Markdown(markdown);

        document.Path.Should().Be("doc.md");
        document.Text.Should().Be(markdown);
        document.Sentences.Select(s => s.Text).Should().Equal("Notes", "The weather was fine.", "Iraq is a member of OPEC+.", "Did Iraq vote?", Contradicted);
        document.Sentences.Select(s => s.Start).Should().BeInAscendingOrder();
    }

    [Test]
    public void Conjunction_ReportsTheRuleOfTheContradictedPart()
    {
        var sentence = TheContradiction(Markdown("Iraq voted against Russia at the UN and is a member of OPEC+."));

        sentence.Result!.Rule.Id.Should().Be("CC1901");
        sentence.Rule!.Id.Should().Be("CC1002");
    }

    // --- determinism and threads ---------------------------------------------------------------------

    [Test]
    public void CheckDocument_OnManyThreadsAtOnce_GivesTheSameResultAsOneByOne()
    {
        var documents = Enumerable.Range(0, 24)
            .Select(i => $"# Part {i}\n\nIraq is a member of OPEC+. **Iraq** voted against Russia at the UN.\n\n- Iraq signed a trade deal with Chile in {2000 + i}.\n")
            .ToList();

        var sequential = documents.Select(d => Describe(Markdown(d))).ToList();
        var parallel = new string[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(Markdown(documents[i])));

        parallel.Should().Equal(sequential);
        Describe(Markdown(documents[0])).Should().Be(sequential[0], "the same input gives the same output");
    }

    internal static string Describe(DocumentResult document) =>
        string.Join('\n', document.Sentences.Select(s => $"{s.Line}:{s.Column}-{s.EndLine}:{s.EndColumn} {s.Status} {s.Result?.Verdict} {s.Rule?.Id} {s.SkipReason} {s.Text}"));
}
