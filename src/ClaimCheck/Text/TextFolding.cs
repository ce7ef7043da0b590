namespace ClaimCheck.Text;

/// <summary>
/// Folds typographic quotes and apostrophes to straight ones, one character for one,
/// so offsets in folded text are offsets in the original.
/// </summary>
public static class TextFolding
{
    /// <summary>Returns <paramref name="text"/> with ’ ‘ ‛ ′ as ' and “ ” „ ″ as ", and non-breaking spaces as spaces.</summary>
    public static string FoldQuotes(string text)
    {
        if (text.AsSpan().IndexOfAny(Typographic) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Folds one character (see <see cref="FoldQuotes"/>).</summary>
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
        '\u00A0' => ' ',
        _ => c,
    };

    private static ReadOnlySpan<char> Typographic => "\u2019\u2018\u201B\u2032\u201C\u201D\u201E\u2033\u00A0";
}
