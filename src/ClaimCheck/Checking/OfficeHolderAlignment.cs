using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// "Prime Minister Haider al-Abadi faces a harder task…" against "…makes the task of Prime Minister Mohammed Shia
/// al-Sudani more difficult": the statement says what the source says, of another holder of the same office. An
/// office has one holder in a given fact, so the statement is contradicted. Read from "ROLE NAME", "NAME, the ROLE"
/// and "NAME is the ROLE" in the statement and "ROLE NAME" or "ROLE, NAME" in a sentence that names one holder of that
/// office and never the statement's; everything else the statement says must be covered as for a supported match.
/// </summary>
internal sealed class OfficeHolderAlignment(Lexicon lexicon)
{
    /// <summary>An office named in a text: its role, who holds it (token range and surname), and the country it is of, if given.</summary>
    private readonly record struct Holding(string Role, int First, int End, int RoleFirst, int RoleEnd, string Surname, string? Country);

    /// <param name="clause">The statement's clause.</param>
    /// <param name="candidates">The candidate sentences.</param>
    /// <param name="covers">
    /// Whether a sentence covers the clause's words outside the excluded tokens as a supported match needs, given the
    /// fewest words that may remain: an office of a named country ("the commander of Baghdad Operations") may be all
    /// there is; otherwise two words, so that "Prime Minister X visited Canberra" is not read as another prime
    /// minister's visit.
    /// </param>
    public SentenceAligner.Alignment? Align(ClauseContext clause, IReadOnlyList<IndexedSentence> candidates, Func<IndexedSentence, Func<int, bool>, int, bool> covers)
    {
        if (clause.PolarityIgnoring([]) != Polarity.Asserted || Holdings(clause.Text, statement: true).FirstOrDefault() is not { Role: not null } said)
        {
            return null;
        }

        bool Excluded(int i) => (i >= said.First && i < said.End) || (i >= said.RoleFirst && i < said.RoleEnd);
        var otherEntities = clause.Text.Mentions.Select((m, k) => (m.Entity.Id, Range: clause.Text.MentionRanges[k]))
            .Where(p => !Excluded(p.Range.First) && p.Id != said.Country).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var statementText = ProperNames.Fold(clause.Text.Text); // holders the statement names ("…together with Salva Kiir") are no rivals
        foreach (var sentence in candidates)
        {
            if (sentence.FoldedText.Contains(said.Surname, StringComparison.Ordinal) || !otherEntities.All(sentence.EntityIds.Contains)
                || (said.Country is { } country && !sentence.EntityIds.Contains(country)))
            {
                continue;
            }

            var given = Holdings(sentence.Text, statement: false).Where(h => h.Role == said.Role && !statementText.Contains(h.Surname, StringComparison.Ordinal)).ToList();
            if (given.Select(h => h.Surname).Distinct(StringComparer.Ordinal).Count() != 1
                || (said.Country is not null && given[0].Country is not null && given[0].Country != said.Country)
                || !covers(sentence, Excluded, said.Country is null ? 2 : 0))
            {
                continue;
            }

            var holder = sentence.Text.Slice(given[0].First, given[0].End);
            var named = clause.Text.Slice(said.First, said.End);
            return new SentenceAligner.Alignment(Verdict.Contradicted, Rules.BuiltInRules.SentenceOfficeHolder,
                $"The source gives the {said.Role} as {holder}, not {named}: \"{sentence.Sentence.Text}\".", [sentence]);
        }

        return null;
    }

    private IEnumerable<Holding> Holdings(AtomText text, bool statement)
    {
        var tokens = text.Tokens;
        foreach (var role in lexicon.Office.Roles.FindAll(tokens))
        {
            if (text.IsInMention(role.Index))
            {
                continue;
            }

            // "Prime Minister Mohammed Shia al-Sudani", "Baghdad Operations Commander, Lieutenant General … Al-Tamimi,",
            // "US Ambassador to Iraq Elena Romansky".
            var start = role.End;
            if (start < tokens.Length && tokens[start].Lower == "to")
            {
                start++;
            }

            if (start < tokens.Length && text.MentionAt(start) is { Entity.Kind: EntityKind.Country })
            {
                start = text.MentionRanges[text.MentionAtToken[start]].End;
            }
            else if (start > role.End)
            {
                start = role.End;
            }

            start = start < tokens.Length && tokens[start].Text == "," ? start + 1 : start;
            var end = NameRunEnd(text, start);
            if (end > start && !ProperNames.IsInstitutionHead(tokens[end - 1].Lower))
            {
                yield return new Holding(role.Value, start, end, role.Index, role.End, Surname(tokens[end - 1].Text), CountryOf(text, role.Index, role.End));
                continue;
            }

            // "Tahseen Al-Khafaji, the American ambassador", "Tahseen Al-Khafaji is the commander of …" (statements only:
            // a source's apposition is read the other way round above).
            if (!statement)
            {
                continue;
            }

            var the = role.Index - 1;
            while (the >= 0 && text.IsInMention(the))
            {
                the--; // "the American ambassador"
            }

            if (the < 1 || tokens[the].Lower != "the" || tokens[the - 1].Lower is not ("," or "is" or "was"))
            {
                continue;
            }

            var nameEnd = the - 1;
            var nameStart = nameEnd;
            while (nameStart > 0 && IsNameWord(text, nameStart - 1))
            {
                nameStart--;
            }

            if (nameStart < nameEnd && !ProperNames.IsInstitutionHead(tokens[nameEnd - 1].Lower) && !Enumerable.Range(role.End, Math.Min(2, tokens.Length - role.End)).Any(k => tokens[k].Lower is "first" or "last" or "second" or "former"))
            {
                yield return new Holding(role.Value, nameStart, nameEnd, role.Index, role.End, Surname(tokens[nameEnd - 1].Text), CountryOf(text, role.Index, role.End));
            }
        }
    }

    // A run of capitalised words that names a person (ranks such as "Lieutenant General" included), not a place.
    private int NameRunEnd(AtomText text, int start)
    {
        var end = start;
        while (end < text.Tokens.Length && IsNameWord(text, end))
        {
            end++;
        }

        return end;
    }

    private bool IsNameWord(AtomText text, int i)
    {
        var token = text.Tokens[i];
        if (token.IsCapitalised && token.Lower is "general" or "major" or "lieutenant" or "colonel" or "brigadier" or "admiral" or "captain" or "commodore" or "marshal")
        {
            return true; // a rank before the name ("Lieutenant General"), whatever else the word may mean
        }

        if (text.MentionAt(i) is { Entity.Kind: EntityKind.Person } || (token.IsWord && token.Lower is ['a' or 'e', 'l', '-', ..]))
        {
            return true; // "al-Sudani", "el-Sisi": a name whose particle is lower case
        }

        return token.IsWord && token.IsCapitalised && !lexicon.Stopwords.Contains(token.Stem) && lexicon.Office.Roles.MatchAt(text.Tokens, i) is null
            && (text.MentionAt(i) is not { } mention || mention.Entity.Kind == EntityKind.Person);
    }

    // The country an office is of: "US Ambassador", "Iraq's prime minister", "Prime Minister of Iraq", "Ambassador to Iraq" (the last is where, not whose).
    private static string? CountryOf(AtomText text, int roleFirst, int roleEnd)
    {
        var tokens = text.Tokens;
        var before = roleFirst > 0 && tokens[roleFirst - 1].Lower == "'s" ? roleFirst - 2 : roleFirst - 1;
        if (before >= 0 && text.MentionAt(before) is { Entity.Kind: EntityKind.Country } owner)
        {
            return owner.Entity.Id;
        }

        return roleEnd + 1 < tokens.Length && tokens[roleEnd].Lower == "of" && text.MentionAt(roleEnd + 1) is { Entity.Kind: EntityKind.Country } of ? of.Entity.Id : null;
    }

    private static string Surname(string text) => ProperNames.Fold(text);
}
