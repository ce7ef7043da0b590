using System.Collections.Immutable;
using ClaimCheck.Analysis;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// Words of a sentence that point at names given elsewhere: "the three countries", "both countries", "the bloc",
/// "the Forum", "the country", a pronoun after a leading date.
/// </summary>
internal static class SentenceReferences
{
    /// <summary>
    /// Whether token <paramref name="index"/> is part of "the three countries", "the three landlocked countries", "all
    /// two nations" or "both countries".
    /// </summary>
    public static bool IsGroupReference(ImmutableArray<Token> tokens, int index)
    {
        static bool IsGroupNoun(string lower) => lower is "countries" or "nations" or "states" or "governments" or "capitals";
        for (var i = Math.Max(0, index - 3); i <= index && i + 1 < tokens.Length; i++)
        {
            // The noun right after the number, or after one word more ("the three landlocked countries").
            var nounAt = tokens[i].Lower is "the" or "all" or "these" && tokens[i + 1].Kind == TokenKind.Number
                ? Enumerable.Range(i + 2, 2).FirstOrDefault(k => k < tokens.Length && IsGroupNoun(tokens[k].Lower), -1)
                : tokens[i].Lower == "both" && IsGroupNoun(tokens[i + 1].Lower) ? i + 1 : -1;
            if (nounAt >= 0 && index <= nounAt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"In March 2022 it voted…": a subject pronoun after a leading date or phrase, before any name or verb.</summary>
    public static bool PronounAfterAdjunct(AtomText text, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        if (tokens.Length < 3 || !ClauseContext.IsLeadingPreposition(tokens[0]))
        {
            return false;
        }

        for (var i = 1; i < Math.Min(tokens.Length - 1, 8); i++)
        {
            if (tokens[i].Lower is "it" or "he" or "she" or "they")
            {
                return !text.IsInMention(i - 1) && (lexicon.IsVerb(tokens[i + 1]) || tokens[i + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsBeForm(tokens[i + 1].Lower) || tokens[i + 1].Lower is "has" or "had");
            }

            if (text.IsInMention(i) && text.Mentions[text.MentionAtToken[i]].Entity.Kind != EntityKind.Event || lexicon.IsVerb(tokens[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"…was sworn in as the country's eighth president": "the country" anywhere in the sentence.</summary>
    public static bool MentionsTheCountry(AtomText text) =>
        Enumerable.Range(0, Math.Max(0, text.Tokens.Length - 1)).Any(k => text.Tokens[k].Lower == "the" && text.Tokens[k + 1].Lower is "country" or "country's");

    /// <summary>"the Forum" after "the Pacific Islands Forum": the token index of "the" before the last word of the organisation's name, if any.</summary>
    public static int? ShortName(AtomText text, string organisationName)
    {
        var last = organisationName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (last is null || organisationName.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var tokens = text.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Lower == "the" && tokens[i + 1].IsCapitalised && string.Equals(tokens[i + 1].Text, last, StringComparison.OrdinalIgnoreCase) && !text.IsInMention(i + 1))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>"the administration" after "the Lower Danube River Administration": whether the sentence says "the" and the head noun.</summary>
    public static bool SaysTheHead(AtomText text, string head) =>
        Enumerable.Range(0, Math.Max(0, text.Tokens.Length - 1)).Any(k => text.Tokens[k].Lower == "the" && text.Tokens[k + 1].Lower == head && !text.IsInMention(k + 1));

    /// <summary>"the bloc", "the union", "the confederation": the token index of a common noun for an organisation, if any.</summary>
    public static int? OrganisationNoun(AtomText text)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Lower == "the" && tokens[i + 1].Lower is "bloc" or "union" or "alliance" or "confederation" or "association" or "organisation" or "organization" or "grouping" or "cartel" or "mission")
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// "the three countries", "both countries", "the two governments": the token index of a plural reference to the
    /// countries a previous sentence listed, if any.
    /// </summary>
    public static int? GroupNoun(AtomText text)
    {
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            if (IsGroupReference(text.Tokens, i))
            {
                return i;
            }
        }

        return null;
    }
}
