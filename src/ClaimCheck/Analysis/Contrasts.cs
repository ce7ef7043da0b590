namespace ClaimCheck.Analysis;

/// <summary>
/// Contrasts a statement draws between two names: a focus ("It was Tehran, not Washington, that…") and an object
/// contrast ("from France rather than from Russia"). The analyser asserts the act of one and denies it of the other.
/// </summary>
internal static class Contrasts
{
    /// <summary>
    /// An object contrast after the predicate: "NAME rather than [from] NAME", "NAME instead of NAME", "NAME, not NAME,".
    /// Returns where the kept name ends, the contrasted name's range, and where the statement resumes after it.
    /// </summary>
    public static (int KeepEnd, int First, int End, int Resume)? FindObjectContrast(AtomText text, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        var predicate = ClauseSplitter.FirstPredicate(text, 0, tokens.Length, lexicon.IsVerb);
        for (var i = Math.Max(predicate + 1, 1); i + 1 < tokens.Length; i++)
        {
            var length = tokens[i].Lower == "rather" && tokens[i + 1].Lower == "than" ? 2
                : tokens[i].Lower == "instead" && tokens[i + 1].Lower == "of" ? 2
                : tokens[i].Text == "," && tokens[i + 1].Lower == "not" ? 2 : 0;
            if (length == 0 || !text.IsInMention(i - 1) || text.MentionRanges[text.MentionAtToken[i - 1]].End != i)
            {
                continue;
            }

            var first = i + length;
            while (first < tokens.Length && tokens[first].Lower is "from" or "by" or "with" or "to" or "the" or "in" or "on" or "at")
            {
                first++;
            }

            if (first >= tokens.Length || !text.IsInMention(first) || text.MentionRanges[text.MentionAtToken[first]].First != first)
            {
                continue;
            }

            var kept = text.Mentions[text.MentionAtToken[i - 1]].Entity;
            var other = text.Mentions[text.MentionAtToken[first]].Entity;
            if (kept.Kind != other.Kind || kept.Id == other.Id)
            {
                continue;
            }

            var end = text.MentionRanges[text.MentionAtToken[first]].End;
            var resume = end < tokens.Length && tokens[end].Text == "," ? end + 1 : end;
            return (i, first, end, resume);
        }

        return null;
    }

    public static int FindMentionEndingAt(AtomText text, int end) => text.MentionRanges[text.MentionAtToken[end - 1]].First;

    /// <summary>
    /// A focused subject: "It was X[, not Y,] that/who …" (a cleft) or "X, not Y, …". Returns the focus, the contrasted
    /// name if any, and where the predicate starts.
    /// </summary>
    public static ((int First, int End)? Contrast, int First, int End, int RestStart)? FindContrastFocus(AtomText text)
    {
        var tokens = text.Tokens;
        int MentionEnd(int at) => text.IsInMention(at) && text.MentionRanges[text.MentionAtToken[at]].First == at ? text.MentionRanges[text.MentionAtToken[at]].End : -1;
        int SkipThe(int at) => at < tokens.Length && tokens[at].Lower == "the" ? at + 1 : at;

        var cleft = tokens.Length > 4 && tokens[0].Lower == "it" && tokens[1].Lower is "was" or "is";
        var first = SkipThe(cleft ? 2 : 0);
        var end = first < tokens.Length ? MentionEnd(first) : -1;
        if (end < 0)
        {
            return null;
        }

        (int First, int End)? contrast = null;
        var next = end;
        if (next + 2 < tokens.Length && tokens[next].Text == "," && tokens[next + 1].Lower == "not" && SkipThe(next + 2) is var other && other < tokens.Length && MentionEnd(other) is > 0 and var otherEnd
            && otherEnd < tokens.Length && tokens[otherEnd].Text == ",")
        {
            contrast = (other, otherEnd);
            next = otherEnd + 1;
        }

        if (cleft && next < tokens.Length && tokens[next].Lower is "that" or "who" or "which")
        {
            return next + 1 < tokens.Length ? (contrast, first, end, next + 1) : null;
        }

        return !cleft && contrast is not null && next < tokens.Length ? (contrast, first, end, next) : null;
    }
}
