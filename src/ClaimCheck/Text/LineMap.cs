namespace ClaimCheck.Text;

/// <summary>
/// Converts zero-based character offsets in a text into 1-based line and column positions.
/// </summary>
/// <remarks>
/// Lines are terminated by <c>\n</c>; a <c>\r\n</c> pair counts as a single line break (the
/// <c>\r</c> belongs to the end of the line it terminates). A lone <c>\r</c> is not treated as
/// a line break. Lookups are a binary search over the precomputed line starts.
/// </remarks>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    /// <summary>Builds the line map for <paramref name="text"/>.</summary>
    /// <param name="text">The text whose offsets will be mapped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var starts = new List<int> { 0 };
        int index = text.IndexOf('\n');
        while (index >= 0)
        {
            starts.Add(index + 1);
            index = text.IndexOf('\n', index + 1);
        }

        _lineStarts = starts.ToArray();
        _textLength = text.Length;
    }

    /// <summary>The number of lines in the text (an empty text, or one without line breaks, has one line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Gets the line and column of the character at <paramref name="offset"/>.</summary>
    /// <param name="offset">
    /// A zero-based offset into the text, from 0 to the text's length inclusive (the length
    /// itself denotes the position just past the last character, e.g. a sentence's end).
    /// </param>
    /// <returns>The 1-based line and column of <paramref name="offset"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or greater than the text's length.</exception>
    public TextPosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _textLength);

        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
    }
}
