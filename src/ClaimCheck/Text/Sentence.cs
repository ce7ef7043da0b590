namespace ClaimCheck.Text;

/// <summary>
/// One sentence found by <see cref="SentenceSplitter"/>, with its exact location in the
/// original text.
/// </summary>
/// <param name="Number">
/// The 1-based position of the sentence in its document. Numbers are assigned in order of
/// appearance and are stable for a given input text, so claims can refer to them.
/// </param>
/// <param name="Start">The zero-based UTF-16 offset of the first character of the sentence in the original text.</param>
/// <param name="Length">The number of UTF-16 code units the sentence spans in the original text.</param>
/// <param name="Text">
/// The sentence exactly as it appears in the original text: always equal to
/// <c>original.Substring(Start, Length)</c>. Surrounding whitespace is excluded; the
/// content itself is never rewritten or normalised.
/// </param>
public sealed record Sentence(int Number, int Start, int Length, string Text)
{
    /// <summary>The zero-based offset just past the last character of the sentence (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;
}
