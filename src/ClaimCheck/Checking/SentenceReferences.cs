using System.Collections.Immutable;
using ClaimCheck.Analysis;

namespace ClaimCheck.Checking;

/// <summary>
/// Words of a sentence that point at names given elsewhere: "the three countries", "both countries", "the bloc".
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
