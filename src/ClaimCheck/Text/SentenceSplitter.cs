using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClaimCheck.Text;

/// <summary>
/// Splits plain text (whole documents) into numbered <see cref="Sentence"/>s whose spans point
/// back into the original text.
/// </summary>
/// <remarks>
/// <para>
/// The splitter is rule based, deterministic and runs in a single linear pass (no regular
/// expressions). Its rules, in order of precedence:
/// </para>
/// <list type="number">
/// <item><description>
/// <b>Blank lines.</b> A line containing only whitespace (i.e. two or more line breaks in a row)
/// always ends the current sentence.
/// </description></item>
/// <item><description>
/// <b>Line breaks.</b> A line break is a continuation of the current sentence (wrapped prose)
/// when the next line starts with a lowercase letter. Otherwise, if the line does not end in
/// terminal punctuation, or the next line starts with something that cannot start a sentence
/// (a list bullet such as <c>-</c> or <c>*</c>, a Markdown <c>#</c>, ...), the line break ends
/// the sentence; this makes headings and list items sentences of their own. When the line ends
/// in terminal punctuation and the next line starts like a sentence, rule 3 decides.
/// </description></item>
/// <item><description>
/// <b>Terminal punctuation.</b> A run of <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, optionally followed by
/// closing quotes or brackets (<c>" ” ’ ' ) ] } »</c>, which stay with the sentence they close),
/// ends a sentence when it is followed by whitespace and then an uppercase (or uncased) letter,
/// a digit or an opening quote or bracket, or by the end of the text. Anything else, notably a
/// lowercase word (<c>... and so on</c>, <c>etc. and</c>), <c>3.5</c>, <c>$1.2bn</c> or
/// <c>U.S.'s</c>, does not end a sentence.
/// </description></item>
/// <item><description>
/// <b>Abbreviations</b> (only for a single <c>.</c> ending a word, matched case-sensitively):
/// <list type="bullet">
/// <item><description>Titles, ranks and connectives that always precede something
/// (<c>Mr. Mrs. Ms. Dr. Prof. Lt. Gen. Col. Maj. Capt. Sgt. Adm. Gov. Sen. Rep. Pres. vs. e.g. i.e. cf.</c>, ...)
/// never end a sentence, so "Lt. Gen. Smith arrived." is one sentence.</description></item>
/// <item><description>Number prefixes (<c>No. Nos. Vol. Art. Fig.</c>) do not end a sentence when a digit follows.</description></item>
/// <item><description>Ambiguous abbreviations, which may legitimately end a sentence: dotted acronyms
/// (<c>U.S. U.K. U.N. E.U. U.S.A. a.m.</c>: single letters separated by dots), single capital initials
/// (<c>J. Smith</c>), company and name suffixes (<c>Inc. Ltd. Co. Corp. Jr. Sr.</c>), <c>St.</c> and
/// month abbreviations (<c>Jan. Feb. Sept.</c>, ...). These end a sentence only when the next word
/// is a common sentence-starting function word (<c>The This That It He She They We I In On At But
/// However And A An As After Before While Since For If When</c>, ...); otherwise the capitalised word is
/// taken to continue the name ("U.S. Army", "J. Smith", "Acme Inc. Chairman").</description></item>
/// <item><description><c>etc.</c> is deliberately not an abbreviation: it ends a sentence before any
/// capitalised word and never before a lowercase one.</description></item>
/// </list>
/// </description></item>
/// <item><description>
/// <b>List markers.</b> One to three digits followed by <c>.</c> at the start of a line (<c>1. First</c>)
/// do not end a sentence.
/// </description></item>
/// </list>
/// <para>
/// Each sentence's span is trimmed of surrounding whitespace (and byte order marks / zero-width
/// spaces); whitespace-only segments produce no sentence. The text itself is never rewritten.
/// </para>
/// </remarks>
public static class SentenceSplitter
{
    private const int MaxAbbreviationLength = 16;
    private const int MaxStarterWordLength = 16;

    private enum AbbreviationKind
    {
        None,
        NeverEnds,
        NumberPrefix,
        Ambiguous,
    }

    private static readonly FrozenDictionary<string, AbbreviationKind> Abbreviations = BuildAbbreviations();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> StarterWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "There", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "In", "On", "At", "But", "However", "And", "A", "An", "As", "After",
        "Before", "While", "Since", "For", "If", "When", "Although", "During", "Meanwhile");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterWordLookup =
        StarterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits <paramref name="text"/> into sentences, numbered from 1 in order of appearance.</summary>
    /// <param name="text">The text to split, typically a whole document.</param>
    /// <returns>
    /// The sentences in document order. Each sentence's <see cref="Sentence.Text"/> equals
    /// <c>text.Substring(sentence.Start, sentence.Length)</c>. Empty for empty or whitespace-only text.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int segmentStart = 0;
        int lineStart = 0;
        int i = 0;

        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (IsLineBreakBoundary(text, lineStart, i))
                {
                    Emit(text, segmentStart, i, sentences);
                    segmentStart = i + 1;
                }

                lineStart = i + 1;
                i++;
            }
            else if (IsTerminal(c))
            {
                int runEnd = i + 1;
                while (runEnd < text.Length && IsTerminal(text[runEnd]))
                {
                    runEnd++;
                }

                int end = runEnd;
                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }

                if (IsSentenceEnd(text, lineStart, i, runEnd, end))
                {
                    Emit(text, segmentStart, end, sentences);
                    segmentStart = end;
                }

                // Closers are never line breaks, so skipping them keeps lineStart correct.
                i = end;
            }
            else
            {
                i++;
            }
        }

        Emit(text, segmentStart, text.Length, sentences);
        return sentences.ToImmutable();
    }

    /// <summary>Decides whether the punctuation run <c>[runStart, runEnd)</c> plus closers up to <paramref name="end"/> ends a sentence.</summary>
    private static bool IsSentenceEnd(string text, int lineStart, int runStart, int runEnd, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        int next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // Only whitespace remains. (Blank lines are boundaries too, but the line-break rule handles them.)
        if (next == text.Length)
        {
            return true;
        }

        char following = text[next];
        if (!CanStartSentence(following))
        {
            return false;
        }

        if (runEnd - runStart != 1 || text[runStart] != '.')
        {
            return true;
        }

        if (IsListMarker(text, lineStart, runStart))
        {
            return false;
        }

        return ClassifyAbbreviation(text, runStart) switch
        {
            AbbreviationKind.NeverEnds => false,
            AbbreviationKind.NumberPrefix => !char.IsDigit(following),
            AbbreviationKind.Ambiguous => IsStarterWord(text, next),
            _ => true,
        };
    }

    /// <summary>Decides whether the line break at <paramref name="lineBreak"/> ends the current sentence.</summary>
    private static bool IsLineBreakBoundary(string text, int lineStart, int lineBreak)
    {
        int next = lineBreak + 1;
        while (next < text.Length && text[next] != '\n' && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // The next line is blank (or the text ends): a paragraph break.
        if (next == text.Length || text[next] == '\n')
        {
            return true;
        }

        char following = text[next];
        if (char.IsLower(following))
        {
            return false; // wrapped prose
        }

        int last = lineBreak - 1;
        while (last >= lineStart && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (last < lineStart)
        {
            return true; // this line is blank
        }

        while (last >= lineStart && IsClosing(text[last]))
        {
            last--;
        }

        bool endsWithTerminal = last >= lineStart && IsTerminal(text[last]);

        // If the line ends in terminal punctuation and the next line starts like a sentence,
        // the punctuation rule (including abbreviations) has already decided.
        return !(endsWithTerminal && CanStartSentence(following));
    }

    /// <summary>True for <c>1.</c> to <c>999.</c> preceded only by whitespace on its line.</summary>
    private static bool IsListMarker(string text, int lineStart, int dot)
    {
        int start = dot;
        while (start > lineStart && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        int digits = dot - start;
        if (digits is < 1 or > 3)
        {
            return false;
        }

        // Scan backwards: only the whitespace directly before the digits is visited, keeping the pass linear.
        int k = start - 1;
        while (k >= lineStart && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k < lineStart;
    }

    /// <summary>Classifies the word that ends with the period at <paramref name="dot"/>.</summary>
    private static AbbreviationKind ClassifyAbbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && dot - start < MaxAbbreviationLength && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        if (start == dot || text[start] == '.')
        {
            return AbbreviationKind.None;
        }

        // Part of a longer token (too long, or glued to digits such as "2bn"): not an abbreviation.
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            return AbbreviationKind.None;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, dot - start);
        if (AbbreviationLookup.TryGetValue(word, out AbbreviationKind kind))
        {
            return kind;
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
        }

        return IsDottedAcronym(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>True for single letters separated by single dots, e.g. <c>U.S</c>, <c>U.S.A</c>, <c>a.m</c> (final dot excluded).</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || (word.Length & 1) == 0)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            bool expectLetter = (k & 1) == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the word starting at <paramref name="start"/> is a common sentence-starting function word.</summary>
    private static bool IsStarterWord(string text, int start)
    {
        int end = start;
        while (end < text.Length && end - start <= MaxStarterWordLength && char.IsLetter(text[end]))
        {
            end++;
        }

        // "J. A. Smith": a capital followed by a period is another initial, not the word "A".
        if (end == start || (end < text.Length && (text[end] == '.' || char.IsLetter(text[end]))))
        {
            return false;
        }

        return StarterWordLookup.Contains(text.AsSpan(start, end - start));
    }

    private static void Emit(string text, int start, int end, ImmutableArray<Sentence>.Builder sentences)
    {
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count + 1, start, end - start, text.Substring(start, end - start)));
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpening(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB';

    private static bool CanStartSentence(char c) =>
        char.IsDigit(c) || IsOpening(c) || (char.IsLetter(c) && !char.IsLower(c));

    private static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';

    /// <summary>Whether a word written before a period is a title or rank ("Lt.", "Gen.", "Dr."): part of the name after it.</summary>
    internal static bool IsTitleAbbreviation(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && Abbreviations.TryGetValue(word, out var kind) && kind == AbbreviationKind.NeverEnds;

    private static FrozenDictionary<string, AbbreviationKind> BuildAbbreviations()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);

        // Titles, ranks and connectives: always followed by a name or another word of the same sentence.
        foreach (string word in new[]
        {
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Hon", "Fr", "Amb", "Gov", "Sen", "Rep", "Pres", "Supt", "Insp",
            "Lt", "Lieut", "Gen", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig",
            "vs", "cf", "viz", "approx", "e.g", "i.e", "E.g", "I.e",
        })
        {
            map[word] = AbbreviationKind.NeverEnds;
        }

        // Number prefixes: "No. 10", "Vol. 3".
        foreach (string word in new[] { "No", "Nos", "Vol", "Art", "Fig" })
        {
            map[word] = AbbreviationKind.NumberPrefix;
        }

        // Suffixes, places and months: can end a sentence, so the next word decides.
        foreach (string word in new[]
        {
            "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Esq", "St",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        })
        {
            map[word] = AbbreviationKind.Ambiguous;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
