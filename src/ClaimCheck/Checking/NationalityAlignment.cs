using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>
/// "The Diplomatic Support Complex … is a British installation" against "…the Diplomatic Support Complex, a US
/// facility, was targeted": a named thing (not a country or a person) has one nationality. Read from
/// "X is a/an DEMONYM NOUN" in the statement and "X, a/an DEMONYM NOUN" or "X is a/an DEMONYM NOUN" in a sentence,
/// with nouns of the same sense.
/// </summary>
internal sealed class NationalityAlignment(Lexicon lexicon, EntityRegistry entities)
{
    public SentenceAligner.Alignment? Align(ClauseContext clause, IReadOnlyList<IndexedSentence> candidates)
    {
        if (clause.PolarityIgnoring([]) != Polarity.Asserted || NationalityClaim(clause.Text, copulaOnly: true) is not { } said)
        {
            return null;
        }

        foreach (var sentence in candidates)
        {
            if (NationalityClaim(sentence.Text, copulaOnly: false, thing: said.Thing) is not { } given || !lexicon.Senses(given.Noun).Any(lexicon.Senses(said.Noun).Contains))
            {
                continue;
            }

            return given.Country == said.Country
                ? new SentenceAligner.Alignment(Verdict.Supported, BuiltInRules.SentenceSupport, $"The source says \"{sentence.Sentence.Text}\".", [sentence])
                : new SentenceAligner.Alignment(Verdict.Contradicted, BuiltInRules.SentenceNationality, $"The source calls {NameOf(said.Thing)} a thing of {NameOf(given.Country)}, not of {NameOf(said.Country)}: \"{sentence.Sentence.Text}\".", [sentence]);
        }

        return null;
    }

    private string NameOf(string id) => entities.TryGet(id, out var entity) ? entity.Name : $"the {id}";

    // (thing, country, noun) from "THING is a/an COUNTRY-ADJ NOUN" (anywhere after the thing) or, in a source, "THING, a/an COUNTRY-ADJ NOUN".
    private (string Thing, string Country, string Noun)? NationalityClaim(AtomText text, bool copulaOnly, string? thing = null)
    {
        var tokens = text.Tokens;

        // The named things: registry mentions (not countries or persons), and runs of capitalised words the registry
        // does not know ("the Sierra Bay"), keyed by their lowercase text.
        var things = new List<(string Key, int End)>();
        for (var m = 0; m < text.Mentions.Length; m++)
        {
            if (text.Mentions[m].Entity.Kind is not (EntityKind.Country or EntityKind.Person))
            {
                things.Add((text.Mentions[m].Entity.Id, text.MentionRanges[m].End));
            }
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].IsWord && tokens[i].IsCapitalised && !text.IsInMention(i) && !lexicon.Stopwords.Contains(tokens[i].Stem)
                && !(tokens[i - 1].IsWord && tokens[i - 1].IsCapitalised && !text.IsInMention(i - 1) && !lexicon.Stopwords.Contains(tokens[i - 1].Stem)))
            {
                var end = i;
                while (end < tokens.Length && tokens[end].IsWord && tokens[end].IsCapitalised && !text.IsInMention(end))
                {
                    end++;
                }

                things.Add((text.Slice(i, end).ToLowerInvariant(), end));
            }
        }

        foreach (var (key, end) in things)
        {
            if (thing is not null && key != thing)
            {
                continue;
            }

            var from = -1;
            if (!copulaOnly && end + 1 < tokens.Length && tokens[end].Text == "," && tokens[end + 1].Lower is "a" or "an")
            {
                from = end + 2;
            }
            else
            {
                for (var i = end; i + 1 < tokens.Length && from < 0 && tokens[i].Text is not (";" or "."); i++)
                {
                    if (tokens[i].Lower is "is" or "was" && tokens[i + 1].Lower is "a" or "an")
                    {
                        from = i + 2;
                    }
                }
            }

            if (from < 0 || from >= tokens.Length || text.MentionAt(from) is not { Entity.Kind: EntityKind.Country } country)
            {
                continue;
            }

            var nounAt = text.MentionRanges[text.MentionAtToken[from]].End;
            if (nounAt < tokens.Length && tokens[nounAt].IsWord && lexicon.IsContent(tokens[nounAt]))
            {
                return (key, country.Entity.Id, tokens[nounAt].Stem);
            }
        }

        return null;
    }
}
