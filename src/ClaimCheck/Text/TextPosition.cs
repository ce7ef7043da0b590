namespace ClaimCheck.Text;

/// <summary>A human-readable position in a text, as reported by <see cref="LineMap"/>.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 code units from the start of the line.</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Formats the position as <c>line:column</c>, e.g. <c>12:5</c>.</summary>
    /// <returns>The position in <c>line:column</c> form.</returns>
    public override string ToString() => $"{Line}:{Column}";
}
