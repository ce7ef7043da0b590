using ClaimCheck.Checking;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

/// <summary>Suppression comments in Markdown: disable-next-line and off/on regions, with and without rule ids.</summary>
public sealed class SuppressionTests
{
    private const string Wrong = "Iraq voted against Russia at the UN.";       // contradicted by CC1002
    private const string Denied = "Iraq is not a member of OPEC+.";           // contradicted by CC1001
    private const string Right = "Iraq is a member of OPEC+.";                // supported

    /// <summary>The status of each sentence, as "C" checked, "S" suppressed, "K" skipped.</summary>
    private static string Statuses(string markdown) =>
        string.Concat(DocumentCheckerTests.Checker.CheckDocument("doc.md", markdown, DocumentFormat.Markdown).Sentences.Select(s => s.Status switch
        {
            SentenceStatus.Checked => 'C',
            SentenceStatus.Suppressed => 'S',
            _ => 'K',
        }));

    [TestCase($"<!-- claimcheck-disable-next-line -->\n{Wrong}\n{Wrong}\n", "SC", TestName = "Next line only, without ids")]
    [TestCase($"<!-- claimcheck-disable-next-line -->\n{Right} {Wrong}\n", "SS", TestName = "Every sentence of the next line")]
    [TestCase($"<!-- claimcheck-disable-next-line -->\n\n{Wrong}\n", "S", TestName = "Blank lines before the next line are skipped")]
    [TestCase($"{Wrong} <!-- claimcheck-disable-next-line -->\n{Right}\n\n{Wrong}\n", "CSC", TestName = "Inline comment: the line after it")]
    [TestCase($"<!-- claimcheck-disable-next-line CC1002 -->\n{Wrong}\n", "S", TestName = "Next line, the deciding rule named")]
    [TestCase($"<!-- claimcheck-disable-next-line CC1001 -->\n{Wrong}\n", "C", TestName = "Next line, another rule named")]
    [TestCase($"<!-- claimcheck-disable-next-line CC1002 CC1001 -->\n{Denied} {Wrong}\n", "SS", TestName = "Next line, several rules named")]
    [TestCase($"<!-- claimcheck-disable-next-line CC1002 -->\n{Right}\n", "C", TestName = "A named rule does not suppress a result decided by another rule")]
    [TestCase($"<!-- claimcheck-disable-next-line cc1002 -- quoted from a speech -->\n{Wrong}\n", "S", TestName = "Ids in any case, free comment after --")]
    [TestCase($"{Wrong}\n\n<!-- claimcheck off -->\n\n{Wrong}\n\n- {Right}\n\n<!-- claimcheck on -->\n\n{Wrong}\n", "CSSC", TestName = "Off and on, without ids")]
    [TestCase($"<!-- claimcheck off -->\n\n{Wrong}\n\n# {Wrong}\n", "SS", TestName = "Off without on lasts to the end")]
    [TestCase($"<!-- claimcheck off CC1002 -->\n\n{Wrong} {Denied}\n\n<!-- claimcheck on CC1002 -->\n\n{Wrong}\n", "SCC", TestName = "Off and on with an id")]
    [TestCase($"<!-- claimcheck off CC1002 -->\n<!-- claimcheck off CC1001 -->\n\n{Wrong} {Denied}\n\n<!-- claimcheck on CC1002 -->\n\n{Wrong} {Denied}\n\n<!-- claimcheck on -->\n\n{Denied}\n", "SSCSC", TestName = "On with an id ends only that id; on without ids ends all")]
    [TestCase($"```markdown\n<!-- claimcheck off -->\n```\n\n{Wrong}\n", "C", TestName = "A comment in a code block is an example, not a suppression")]
    [TestCase($"<!-- claimcheck offf -->\n\n{Wrong}\n", "C", TestName = "Not a directive")]
    public void Suppression_AppliesToTheSentencesItCovers(string markdown, string expected)
    {
        Statuses(markdown).Should().Be(expected);
    }

    [Test]
    public void SuppressionWithoutIds_DoesNotCheckTheSentence_AndSaysWhy()
    {
        var document = DocumentCheckerTests.Checker.CheckDocument("doc.md", $"Intro.\n\n<!-- claimcheck-disable-next-line -->\n{Wrong}\n", DocumentFormat.Markdown);

        var sentence = document.Sentences.Should().ContainSingle(s => s.Status == SentenceStatus.Suppressed).Subject;
        sentence.Result.Should().BeNull();
        sentence.SkipReason.Should().Be("suppressed by <!-- claimcheck-disable-next-line --> on line 3");
        (sentence.Line, sentence.Column).Should().Be((4, 1));
    }

    [Test]
    public void SuppressionWithIds_KeepsTheResultOfTheSuppressedSentence()
    {
        var document = DocumentCheckerTests.Checker.CheckDocument("doc.md", $"<!-- claimcheck off CC1002 -->\n{Wrong}\n", DocumentFormat.Markdown);

        var sentence = document.Sentences.Should().ContainSingle().Subject;
        sentence.Status.Should().Be(SentenceStatus.Suppressed);
        sentence.Result!.Verdict.Should().Be(Verdict.Contradicted);
        sentence.SkipReason.Should().Be("suppressed by <!-- claimcheck off CC1002 --> on line 1");
    }
}
