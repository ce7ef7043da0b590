using System.Collections.Immutable;

namespace ClaimCheck.Analysis;

/// <summary>A lexicon phrase as a sequence of word stems, matched against tokens.</summary>
internal sealed record Phrase(string Text, ImmutableArray<string> Stems)
{
    public int Length => Stems.Length;

    public static Phrase Parse(string text, Stemmer stemmer)
    {
        var tokens = Tokenizer.Tokenize(text, stemmer);
        return new Phrase(text, [.. tokens.Select(t => t.Stem)]);
    }

    /// <summary>Whether the phrase occurs at token <paramref name="index"/>.</summary>
    public bool MatchesAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index + Stems.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Stems.Length; i++)
        {
            if (!string.Equals(tokens[index + i].Stem, Stems[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A set of phrases, longest first, with a value for each (e.g. a vote position).</summary>
internal sealed class PhraseSet<TValue>
{
    private readonly ImmutableArray<(Phrase Phrase, TValue Value)> _entries;

    public PhraseSet(IEnumerable<(Phrase Phrase, TValue Value)> entries) =>
        _entries = [.. entries.OrderByDescending(e => e.Phrase.Length).ThenBy(e => e.Phrase.Text, StringComparer.Ordinal)];

    public static PhraseSet<TValue> Empty { get; } = new([]);

    /// <summary>The longest phrase starting at <paramref name="index"/>, if any.</summary>
    public (Phrase Phrase, TValue Value)? MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        foreach (var entry in _entries)
        {
            if (entry.Phrase.MatchesAt(tokens, index))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Every non-overlapping match in <paramref name="tokens"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive), left to right.</summary>
    public IEnumerable<PhraseMatch<TValue>> FindAll(IReadOnlyList<Token> tokens, int start = 0, int end = -1)
    {
        var stop = end < 0 ? tokens.Count : Math.Min(end, tokens.Count);
        var i = Math.Max(start, 0);
        while (i < stop)
        {
            if (MatchAt(tokens, i) is { } match && i + match.Phrase.Length <= stop)
            {
                yield return new PhraseMatch<TValue>(i, match.Phrase.Length, match.Value, match.Phrase);
                i += match.Phrase.Length;
            }
            else
            {
                i++;
            }
        }
    }
}

/// <summary>Where a phrase matched: token index and length.</summary>
internal readonly record struct PhraseMatch<TValue>(int Index, int Length, TValue Value, Phrase Phrase)
{
    public int End => Index + Length;
}
