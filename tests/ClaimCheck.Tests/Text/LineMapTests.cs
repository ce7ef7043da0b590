using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class LineMapTests
{
    [TestCase("", 0, 1, 1)]
    [TestCase("abc", 0, 1, 1)]
    [TestCase("abc", 2, 1, 3)]
    [TestCase("abc", 3, 1, 4)]
    [TestCase("a\nb", 1, 1, 2)]
    [TestCase("a\nb", 2, 2, 1)]
    [TestCase("a\nb", 3, 2, 2)]
    [TestCase("ab\n\ncd", 3, 2, 1)]
    [TestCase("ab\n\ncd", 4, 3, 1)]
    [TestCase("ab\n\ncd", 5, 3, 2)]
    [TestCase("\n", 1, 2, 1)]
    [TestCase("line one\nline two\nline three", 18, 3, 1)]
    [TestCase("line one\nline two\nline three", 23, 3, 6)]
    public void GetPosition_ReturnsOneBasedLineAndColumnForLfText(string text, int offset, int line, int column) =>
        new LineMap(text).GetPosition(offset).Should().Be(new TextPosition(line, column));

    // "a\r\nbc\r\n\r\nd": a=0 \r=1 \n=2 b=3 c=4 \r=5 \n=6 \r=7 \n=8 d=9; lines start at 0, 3, 7 and 9.
    [TestCase(0, 1, 1)]
    [TestCase(1, 1, 2)] // the '\r' belongs to the end of line 1
    [TestCase(2, 1, 3)] // so does the '\n'
    [TestCase(3, 2, 1)]
    [TestCase(5, 2, 3)]
    [TestCase(6, 2, 4)]
    [TestCase(7, 3, 1)] // the blank line
    [TestCase(8, 3, 2)]
    [TestCase(9, 4, 1)]
    [TestCase(10, 4, 2)] // end of text
    public void GetPosition_TreatsCrLfAsASingleLineBreak(int offset, int line, int column) =>
        new LineMap("a\r\nbc\r\n\r\nd").GetPosition(offset).Should().Be(new TextPosition(line, column));

    [TestCase("", 1)]
    [TestCase("no breaks", 1)]
    [TestCase("a\nb", 2)]
    [TestCase("a\r\nb\r\n", 3)]
    [TestCase("\n\n\n", 4)]
    [TestCase("lone\rcarriage return", 1)]
    public void LineCount_CountsLinesSeparatedByLf(string text, int expected) =>
        new LineMap(text).LineCount.Should().Be(expected);

    [TestCase("", -1)]
    [TestCase("", 1)]
    [TestCase("abc", 4)]
    [TestCase("a\nb", -5)]
    public void GetPosition_RejectsOffsetsOutsideTheText(string text, int offset)
    {
        var map = new LineMap(text);

        var act = () => map.GetPosition(offset);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Constructor_ThrowsOnNull()
    {
        var act = () => new LineMap(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void GetPosition_AgreesWithANaiveScanAtEveryOffset()
    {
        const string text = "First line\nSecond\r\n\r\nFourth line, longer\n\nSixth\rstill sixth\r\nSeventh\n";
        var map = new LineMap(text);

        int line = 1;
        int column = 1;
        for (int offset = 0; offset <= text.Length; offset++)
        {
            map.GetPosition(offset).Should().Be(new TextPosition(line, column), "at offset {0}", offset);
            if (offset < text.Length && text[offset] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        line.Should().Be(8);
    }

    [Test]
    public void GetPosition_LocatesSentencesOfASplitDocument()
    {
        const string text = "Title\r\n\r\nFirst sentence. Second\nsentence wraps.\n";
        var map = new LineMap(text);
        var sentences = SentenceSplitter.Split(text);

        sentences.Select(s => (s.Text, map.GetPosition(s.Start), map.GetPosition(s.End))).Should().Equal(
            ("Title", new TextPosition(1, 1), new TextPosition(1, 6)),
            ("First sentence.", new TextPosition(3, 1), new TextPosition(3, 16)),
            ("Second\nsentence wraps.", new TextPosition(3, 17), new TextPosition(4, 16)));
    }

    [Test]
    public void TextPosition_FormatsAsLineColonColumn() =>
        new TextPosition(12, 5).ToString().Should().Be("12:5");
}
