using System.Collections.Frozen;
using ClaimCheck.Storage;

namespace ClaimCheck.Analysis;

/// <summary>
/// A small rule-based English stemmer: a table of irregular forms (Resources/stems.txt) and suffix rules
/// for regular ones. Good enough to make "joined", "joins" and "joining" meet at "join".
/// </summary>
internal sealed class Stemmer
{
    private readonly FrozenDictionary<string, string> _irregular;

    private Stemmer(FrozenDictionary<string, string> irregular) => _irregular = irregular;

    public static Stemmer Default { get; } = FromTable(EmbeddedResources.ReadText("stems.txt"));

    public static Stemmer FromTable(string table)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                map.TryAdd(parts[0], parts[1]);
            }
        }

        return new Stemmer(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The stem of a lowercase word: irregular forms map to their base ("bought" → "buy"), regular inflections
    /// are removed and a final "e" is dropped, so "vote", "votes", "voted" and "voting" all give "vot".
    /// Stems are for comparing words, not for display.
    /// </summary>
    public string Stem(string lower)
    {
        // The regular rules would give "note", "notes", "noted" the stem of "not": a negation read as a reporting verb.
        if (lower is "note" or "notes" or "noted" or "noting")
        {
            return "note";
        }

        var stem = Inflection(lower);

        return stem.Length > 3 && stem[^1] == 'e' && lower.Length > 3 ? stem[..^1] : stem;
    }

    private string Inflection(string lower)
    {
        if (_irregular.TryGetValue(lower, out var lemma))
        {
            return lemma;
        }

        if (lower.Length <= 3 || !lower.All(char.IsLetter))
        {
            return lower;
        }

        // Adverbs meet their adjectives: "economically" → "economic", "militarily" → "military", "indirectly" → "indirect".
        if (lower.Length > 6 && lower.EndsWith("ically", StringComparison.Ordinal))
        {
            return lower[..^4];
        }

        if (lower.Length > 6 && lower.EndsWith("ily", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 6 && lower.EndsWith("ly", StringComparison.Ordinal) && !lower.EndsWith("ply", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5)
        {
            return Restore(lower[..^3]);
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4)
        {
            return Restore(lower[..^2]);
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("zes", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }

    // After removing -ed/-ing: undo consonant doubling ("stopped" → "stop").
    private static string Restore(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z' or 'f') ? stem[..^1] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
