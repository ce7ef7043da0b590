using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Analysis;

namespace ClaimCheck.Checking;

/// <summary>
/// Proper names the entity registry does not know ("Aegean Star", "Estlink", "Defense Ministry"), which a source
/// sentence must contain to speak about the same thing. A person is named by surname once introduced, so only the last
/// word of a person's name is needed; an institution's name is needed whole ("Defense Ministry" is not "Interior
/// Ministry"), with a capital city that opens it ("Baghdad Operations Command" is not "Joint Operations Command").
/// </summary>
internal static class ProperNames
{
    // Nouns that end the name of an institution, a body, a work or a place, not of a person ("Baltic Sea" is not
    // "Barents Sea").
    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
        ["administration", "agreement", "accord", "pact", "convention", "charter", "sea", "ocean", "gulf", "strait", "straits", "river", "bay", "lake", "islands", "island", "mountains", "canal", "peninsula", "desert",
         "basin", "coast", "valley", "field", "route", "passage", "corridor", "agency", "airlines", "airport", "airways", "alliance", "army", "assembly", "authority", "bank", "battalion", "bloc", "brigade", "brigades",
         "bureau", "cell", "center", "centre", "college", "command", "commission", "committee", "company", "complex", "conference", "congress",
         "corporation", "corps", "council", "court", "dam", "declaration", "department", "directorate", "division", "exchange", "force", "forces",
         "forum", "front", "fund", "group", "guard", "initiative", "institute", "league", "ministry", "mission", "movement", "navy", "office",
         "operations", "organisation", "organization", "parliament", "party", "pipeline", "police", "port", "post", "program", "programme",
         "regiment", "service", "services", "summit", "times", "treaty", "tribunal", "unit", "union", "university"],
        StringComparer.Ordinal);

    // Letters with diacritics and their base letter, for names spelt with and without them.
    private static readonly FrozenDictionary<char, char> BaseLetters = new (string Accented, char Letter)[]
    {
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'), ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'),
        ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'), ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'), ("ùúûüũūŭůűų", 'u'),
        ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
    }.SelectMany(group => group.Accented.Select(accented => (accented, group.Letter))).ToFrozenDictionary(p => p.accented, p => p.Letter);

    private static readonly FrozenDictionary<char, string> Ligatures = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe" }.ToFrozenDictionary();

    /// <summary>
    /// A name a sentence must contain, the tokens it spans in the clause, the folded forms it may take, and for an
    /// institution or a place the head noun that ends or opens it ("ministry", "sea").
    /// </summary>
    public readonly record struct Name(string Text, int First, int End, ImmutableArray<string> Forms, string? Head = null);

    /// <summary>The unregistered names of <paramref name="text"/> (its first word aside, which is capitalised anyway).</summary>
    public static List<Name> Find(AtomText text, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        var names = new List<Name>();
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!IsNameWord(text, i, lexicon))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Length && IsNameWord(text, end, lexicon))
            {
                end++;
            }

            // "Ministry of Defence", "Ministry of the Interior": the head, "of", and the name that completes it.
            if (end - i == 1 && IsInstitutionHead(tokens[i].Lower) && end + 1 < tokens.Length && tokens[end].Lower == "of")
            {
                var from = tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
                var to = from;
                while (to < tokens.Length && IsNameWord(text, to, lexicon))
                {
                    to++;
                }

                if (to > from)
                {
                    var head = Fold(tokens[i].Text);
                    var modifier = Fold(text.Slice(from, to));
                    names.Add(new Name(text.Slice(i, to), i, to, [$"{head} of {modifier}", $"{head} of the {modifier}", $"{modifier} {head}"], head));
                    i = to - 1;
                    continue;
                }
            }

            if (IsInstitutionHead(tokens[end - 1].Lower))
            {
                // "Baghdad Operations Command": a capital right before the name is part of it.
                var first = i;
                if (text.IsInMention(i - 1) && text.MentionRanges[text.MentionAtToken[i - 1]] is var (mentionFirst, mentionEnd) && mentionEnd == i
                    && text.Mentions[text.MentionAtToken[i - 1]].Entity.Capitals.Contains(text.Slice(mentionFirst, mentionEnd), StringComparer.OrdinalIgnoreCase))
                {
                    first = mentionFirst;
                }

                // "Interior Ministry" is also written "Ministry of Interior" or "Ministry of the Interior".
                var whole = text.Slice(first, end);
                var modifier = Fold(text.Slice(i, end - 1));
                var head = Fold(tokens[end - 1].Text);
                ImmutableArray<string> forms = first == i && end - i >= 2 ? [Fold(whole), $"{head} of {modifier}", $"{head} of the {modifier}"] : [Fold(whole)];
                names.Add(new Name(whole, first, end, forms, head));
            }
            else
            {
                // "Mohamed Bazoum": the surname; the first names stay content words of their own. "F-16s" is a plural of "F-16".
                var surname = tokens[end - 1].Text;
                names.Add(new Name(surname, end - 1, end, IsPluralDesignation(surname) ? [Fold(surname), Fold(surname[..^1])] : [Fold(surname)]));
            }

            i = end - 1;
        }

        return names;
    }

    /// <summary>
    /// The people and bodies an attribution names ("Minister Vasile Ciobanu said", "according to Lula"): its
    /// unregistered names, and the registered persons it mentions, by any of their surnames.
    /// </summary>
    public static List<Name> OfSpeakers(AtomText attribution, Lexicon lexicon)
    {
        // A word before a role is part of the title ("Baghdad Operations Commander"), not a name.
        var names = Find(attribution, lexicon).Where(n => n.End >= attribution.Tokens.Length || lexicon.Office.Roles.MatchAt(attribution.Tokens, n.End) is null).ToList();
        foreach (var (mention, first, end) in attribution.MentionsIn(0, attribution.Tokens.Length))
        {
            if (mention.Entity.Kind == Entities.EntityKind.Person)
            {
                var forms = mention.Entity.Aliases.Prepend(mention.Entity.Name).Select(n => Fold(n).Split(' ')[^1]).Distinct(StringComparer.Ordinal);
                names.Add(new Name(mention.Entity.Name, first, end, [.. forms]));
            }
        }

        return names;
    }

    /// <summary>A person's name as written before its surname ("Fisheries Minister Semi Koroilavesau" for "Koroilavesau").</summary>
    public static string WithFirstNames(AtomText text, Name surname, Lexicon lexicon)
    {
        var first = surname.First;
        while (first > 1 && IsNameWord(text, first - 1, lexicon))
        {
            first--;
        }

        // The sentence's first word is capitalised anyway: part of the name unless it is a function word ("The").
        var opening = text.Tokens[0];
        var start = first == 1 && opening.IsWord && opening.IsCapitalised && !text.IsInMention(0) && !lexicon.Stopwords.Contains(opening.Stem) ? 0 : first;
        return text.Slice(start, surname.End);
    }

    /// <summary>Whether the sentence writes the surname after a capitalised word that is no title ("Cristina Fernández de Kirchner").</summary>
    public static bool GivesAnotherFirstName(ImmutableArray<Token> tokens, string surname)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (ProperNames.Fold(tokens[i].Text) == surname)
            {
                var before = tokens[i - 1].Lower is "de" or "da" or "van" or "von" or "bin" && i > 1 ? tokens[i - 2] : tokens[i - 1];
                if (before.IsWord && before.IsCapitalised && Lexicon.Default.Office.Roles.MatchAt(tokens, i - 1) is null && !Lexicon.Default.Stopwords.Contains(before.Stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"F-16s", "MiG-29s": a model designation in the plural.</summary>
    public static bool IsPluralDesignation(string word) => word.Length > 2 && word[^1] == 's' && char.IsDigit(word[^2]);

    /// <summary>Whether a word ends the name of an institution or a body rather than a person's ("Ministry", "Command").</summary>
    public static bool IsInstitutionHead(string lower) => InstitutionHeads.Contains(lower);

    /// <summary>Whether <paramref name="foldedText"/> (see <see cref="Fold"/>) contains the name.</summary>
    public static bool IsIn(Name name, string foldedText) => name.Forms.Any(form => foldedText.Contains(form, StringComparison.Ordinal));

    /// <summary>
    /// The form names are compared in: lower case, without diacritics, hyphens as spaces, one space between words
    /// ("Erdoğan" is "erdogan", "Al-Tamimi" is "al tamimi"). Table-driven, since the tool runs with invariant
    /// globalization, where <see cref="string.Normalize()"/> does not decompose letters.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in Text.TextFolding.FoldQuotes(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(raw) || raw == '-')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            var c = char.ToLowerInvariant(raw);
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (Ligatures.TryGetValue(c, out var spelled))
            {
                builder.Append(spelled);
            }
            else
            {
                builder.Append(BaseLetters.TryGetValue(c, out var letter) ? letter : c);
            }
        }

        return builder.ToString();
    }

    private static bool IsNameWord(AtomText text, int i, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        var token = tokens[i];
        // "Lt. Gen. Walid Al-Tamimi": a title before its period is no name, and the period after it ends no sentence.
        var afterTitle = i >= 2 && tokens[i - 1].Text == "." && Text.SentenceSplitter.IsTitleAbbreviation(tokens[i - 2].Text);
        var isTitle = i + 1 < tokens.Length && tokens[i + 1].Text == "." && Text.SentenceSplitter.IsTitleAbbreviation(token.Text);
        return token.IsWord && token.IsCapitalised && !isTitle && !text.IsInMention(i) && !lexicon.Stopwords.Contains(token.Stem)
            && lexicon.Office.Roles.MatchAt(tokens, i) is null && DateFinder.CalendarClass(token.Lower) is null && (afterTitle || tokens[i - 1].Text is not ("." or ":" or "\""));
    }

}
