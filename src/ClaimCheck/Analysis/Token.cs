namespace ClaimCheck.Analysis;

/// <summary>A word, number or punctuation mark of a text, with its lemma.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Start">Offset in the analysed text.</param>
/// <param name="Lower">Lowercase form with typographic quotes folded.</param>
/// <param name="Stem">Comparison form ("bought" → "buy", "voted" → "vot"); see <see cref="Stemmer.Stem"/>.</param>
/// <param name="Kind">Word, number or punctuation.</param>
internal sealed record Token(string Text, int Start, string Lower, string Stem, TokenKind Kind)
{
    public int End => Start + Text.Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>
    /// A year, not a figure: four digits as written ("2011"), or a year in words ("two thousand and eleven", whose
    /// <see cref="Stem"/> is "2011").
    /// </summary>
    public bool IsYear => Kind == TokenKind.Number
        && ((Text.Length == 4 && Text.All(char.IsDigit)) || (Lower.Contains("thousand and", StringComparison.Ordinal) && Stem.Length == 4 && Stem.StartsWith("20", StringComparison.Ordinal)));

    /// <summary>The year this token gives, if it is one (see <see cref="IsYear"/>).</summary>
    public string? Year => IsYear ? Stem : null;

    public override string ToString() => Text;
}

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
