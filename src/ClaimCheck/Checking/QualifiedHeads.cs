using ClaimCheck.Analysis;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// Nouns a country qualifies: "the Iraqi government", "the U.S. government", "Iraq's envoy", "US Ambassador", and
/// every country of a list before one noun ("Iraqi and Turkish officials"). "Called on the U.S. government" is not
/// covered by "called on the Iraqi government", however many other words the two share.
/// </summary>
internal static class QualifiedHeads
{
    /// <summary>The (country id, head token index) pairs of a text.</summary>
    public static List<(string Country, int Head)> Find(AtomText text, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        var pairs = new List<(string, int)>();
        var pending = new List<string>();
        for (var m = 0; m < text.Mentions.Length; m++)
        {
            if (text.Mentions[m].Entity.Kind != EntityKind.Country)
            {
                pending.Clear();
                continue;
            }

            pending.Add(text.Mentions[m].Entity.Id);
            var next = text.MentionRanges[m].End;
            if (next < tokens.Length && tokens[next].Lower is "'s" or "’s")
            {
                next++;
            }

            // "Iraqi and Turkish officials", "Iraqi, Turkish and Syrian troops": the list qualifies the noun after it.
            if (next + 1 < tokens.Length && tokens[next].Lower is "and" or "," && text.MentionAt(next + 1) is { Entity.Kind: EntityKind.Country })
            {
                continue;
            }

            if (next < tokens.Length && IsHead(tokens[next], lexicon) && !text.IsInMention(next))
            {
                pairs.AddRange(pending.Select(country => (country, next)));
            }

            pending.Clear();
        }

        return pairs;
    }

    /// <summary>
    /// The first head the statement gives one country that the sentences give only to another ("U.S. government"
    /// where the sentence says "Iraqi government"), or null.
    /// </summary>
    public static (string Said, string Given, string Head)? Rival(AtomText statement, IEnumerable<AtomText> sentences, Lexicon lexicon, EntityRegistry entities)
    {
        var given = sentences.SelectMany(sentence => Find(sentence, lexicon).Select(g => (g.Country, sentence.Tokens[g.Head].Stem))).ToList();
        foreach (var (country, head) in Find(statement, lexicon))
        {
            var senses = lexicon.Senses(statement.Tokens[head].Stem);
            var same = given.Where(g => lexicon.SharesSense(g.Stem, senses)).ToList();
            if (same.Count > 0 && !same.Any(g => g.Country == country || entities.AreRelated(g.Country, country)))
            {
                return (country, same[0].Country, statement.Tokens[head].Text);
            }
        }

        return null;
    }

    // A noun after the country: a content word that is no verb ("Iraq abstained", "Iraq has") and no figure.
    private static bool IsHead(Token token, Lexicon lexicon) =>
        token.IsWord && lexicon.IsContent(token) && !lexicon.IsVerb(token) && !token.Lower.EndsWith("ed", StringComparison.Ordinal);
}
