using System.Collections.Immutable;
using System.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// A run of prose taken out of a document (a paragraph, heading, list item or table cell), with markup removed,
/// and for every character of <see cref="Text"/> the offset in the original document it came from.
/// </summary>
/// <param name="Text">The prose as the checker reads it.</param>
/// <param name="Offsets">For each character of <see cref="Text"/>, its offset in the original document.</param>
internal sealed record ProseSegment(string Text, ImmutableArray<int> Offsets)
{
    /// <summary>The original span of <c>Text[start..end]</c>: from the first character's offset to just after the last one's.</summary>
    public (int Start, int End) OriginalSpan(int start, int end) => (Offsets[start], Offsets[end - 1] + 1);

    /// <summary>A segment that is the whole of <paramref name="text"/>, character for character.</summary>
    public static ProseSegment Identity(string text) => new(text, [.. Enumerable.Range(0, text.Length)]);
}

/// <summary>Builds a <see cref="ProseSegment"/> one piece at a time, recording where each character came from.</summary>
internal sealed class ProseSegmentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<int>.Builder _offsets = ImmutableArray.CreateBuilder<int>();
    private int? _gap;

    public int Length => _text.Length;

    /// <summary>The original offset of the last character appended, or 0.</summary>
    public int LastOffset => _offsets.Count > 0 ? _offsets[^1] : 0;

    /// <summary>Appends one character that stands for the original offset <paramref name="offset"/>.</summary>
    public void Append(char c, int offset)
    {
        // Something removed between two letters or digits ("Iraq`x`voted") must not glue the words together.
        if (_gap is { } gap && _text.Length > 0 && char.IsLetterOrDigit(_text[^1]) && char.IsLetterOrDigit(c))
        {
            _text.Append(' ');
            _offsets.Add(gap);
        }

        _gap = null;
        _text.Append(c);
        _offsets.Add(offset);
    }

    /// <summary>Appends <paramref name="text"/>, every character standing for <paramref name="offset"/> (an entity such as <c>&amp;amp;</c>).</summary>
    public void Append(string text, int offset)
    {
        foreach (var c in text)
        {
            Append(c, offset);
        }
    }

    /// <summary>
    /// Appends <paramref name="content"/>, which the parser read from <c>source[spanStart..spanEnd]</c> (end exclusive),
    /// mapping each character to the source character it came from. Where the parser dropped characters (the
    /// backslash of <c>\*</c>, the padding of a table cell) the source is skipped until the next match; a character
    /// with no match stands for the current source position.
    /// </summary>
    public void AppendFromSource(string content, string source, int spanStart, int spanEnd)
    {
        var position = Math.Clamp(spanStart, 0, source.Length);
        var end = Math.Clamp(spanEnd, position, source.Length);
        foreach (var c in content)
        {
            var match = position;
            while (match < end && source[match] != c)
            {
                match++;
            }

            if (match < end)
            {
                Append(c, match);
                position = match + 1;
            }
            else
            {
                Append(c, Math.Min(position, Math.Max(end - 1, 0)));
            }
        }
    }

    /// <summary>
    /// Marks the place of something removed (inline code, an image, inline HTML) at <paramref name="offset"/>: if the
    /// characters on both sides are letters or digits, a space standing for the removed thing separates them.
    /// </summary>
    public void Gap(int offset) => _gap ??= offset;

    /// <summary>The segment built so far, or null when it holds nothing but whitespace.</summary>
    public ProseSegment? Build()
    {
        var text = _text.ToString();
        return string.IsNullOrWhiteSpace(text) ? null : new ProseSegment(text, _offsets.ToImmutable());
    }
}
