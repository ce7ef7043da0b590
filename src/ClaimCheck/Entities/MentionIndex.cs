using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Entities;

/// <summary>
/// The precomputed lookup behind <see cref="EntityRegistry.FindMentions"/> and
/// <see cref="EntityRegistry.Resolve"/>: a character trie over the case-folded forms of every
/// entity, walked once per word start of the text (no regular expressions).
/// </summary>
/// <remarks>
/// <para>
/// Forms and text are compared after folding: letters to lowercase, any run of whitespace to
/// one space, typographic apostrophes (<c>’ ‘ ‛ ′ ʼ</c>) to <c>'</c> and hyphen-like dashes
/// (<c>‐ ‑ ‒ –</c>) to <c>-</c>. The case of the text is then checked word by word against the
/// form: a word of two or more capitals with no lowercase ("US", "OPEC") must appear exactly so
/// ("us" and "Opec" do not match it); a capitalised word ("Iraq", "U" in "U.S.") must be
/// capitalised in the text, the rest of it in any case ("IRAQ" matches); a lowercase word
/// ("of", "war", "al") matches in any case, as does a leading "The"/"the". So proper names match
/// only when capitalised: "turkey" and "china" are not countries.
/// </para>
/// <para>
/// A match must start at a word start and end at a word end (the next character is not a
/// letter or digit), so "Iraq's", "U.S.-led" and "Russian-made" match and "Iranian" does not
/// match "Iran". A demonym may be followed by a plural <c>s</c> ("Iraqis"). A leading "the " of
/// the text is skipped when that gives a match ("the United States"), and is part of the
/// mention only when it is part of the form ("the West").
/// </para>
/// </remarks>
internal sealed class MentionIndex
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<Entry[]?> _terminals = [null];

    /// <summary>Builds the index over <paramref name="entities"/>, whose order breaks ties.</summary>
    /// <param name="entities">The entities in registration order.</param>
    internal MentionIndex(ImmutableArray<Entity> entities)
    {
        var pending = new Dictionary<int, List<Entry>>();
        for (var index = 0; index < entities.Length; index++)
        {
            var entity = entities[index];
            var yielded = new HashSet<string>(entity.YieldedForms.Select(f => Key(Prepare(f))), StringComparer.Ordinal);
            var seen = new HashSet<(string, MentionForm)>();
            foreach (var (text, form) in entity.Forms())
            {
                var pattern = Prepare(text);
                if (pattern.Length == 0 || !IsWordChar(pattern[0]))
                {
                    continue;
                }

                var key = Key(pattern);
                if (yielded.Contains(key) || !seen.Add((pattern, form)))
                {
                    continue;
                }

                var node = Insert(key);
                if (!pending.TryGetValue(node, out var list))
                {
                    pending[node] = list = [];
                }

                list.Add(new Entry(entity, index, form, pattern, CaseRules(pattern)));
            }
        }

        foreach (var (node, list) in pending)
        {
            // Ambiguity policy for a form shared by several entities (after "yields" in the data
            // has removed the known country clashes): the entity whose own name it is; then a
            // country over anything else; then the stronger form (name, alias, abbreviation,
            // capital, demonym); then the entity registered first.
            list.Sort(static (a, b) =>
            {
                var c = (a.Form == MentionForm.Name ? 0 : 1).CompareTo(b.Form == MentionForm.Name ? 0 : 1);
                if (c == 0)
                {
                    c = (a.Entity.Kind == EntityKind.Country ? 0 : 1).CompareTo(b.Entity.Kind == EntityKind.Country ? 0 : 1);
                }

                if (c == 0)
                {
                    c = a.Form.CompareTo(b.Form);
                }

                return c != 0 ? c : a.Order.CompareTo(b.Order);
            });
            _terminals[node] = [.. list];
        }

        FormCount = pending.Values.Sum(l => l.Count);
    }

    /// <summary>The number of indexed (entity, form) pairs.</summary>
    internal int FormCount { get; }

    /// <summary>Finds all non-overlapping mentions in <paramref name="text"/>, leftmost first, longest at each position.</summary>
    internal ImmutableArray<EntityMention> FindAll(string text)
    {
        ImmutableArray<EntityMention>.Builder? found = null;
        var candidates = new List<Candidate>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            if (TryMatchAt(text, i, requiredEnd: -1, candidates, out var mention))
            {
                (found ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(mention);
                i = mention.End;
                continue;
            }

            i++;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
        }

        return found?.ToImmutable() ?? [];
    }

    /// <summary>Matches <paramref name="name"/> as a whole (an optional leading "the" aside) against the forms.</summary>
    internal EntityMention? MatchWhole(string name)
    {
        if (name.Length == 0 || !IsWordChar(name[0]))
        {
            return null;
        }

        return TryMatchAt(name, 0, requiredEnd: name.Length, [], out var mention) ? mention : null;
    }

    private bool TryMatchAt(string text, int start, int requiredEnd, List<Candidate> candidates, out EntityMention mention)
    {
        candidates.Clear();
        Walk(text, start, candidates);
        var afterArticle = AfterArticle(text, start);
        if (afterArticle > 0)
        {
            Walk(text, afterArticle, candidates);
        }

        // Longest first; at equal ends the later start, so "the" is left out unless it belongs to the form.
        candidates.Sort(static (a, b) => b.End != a.End ? b.End.CompareTo(a.End) : b.Start.CompareTo(a.Start));
        foreach (var candidate in candidates)
        {
            var end = candidate.End;
            var entries = _terminals[candidate.Node]!;
            bool plural;
            if (end == text.Length || !IsWordChar(text[end]))
            {
                plural = false;
            }
            else if (IsPluralS(text, end))
            {
                plural = true;
            }
            else
            {
                continue;
            }

            var mentionEnd = plural ? end + 1 : end;
            if (requiredEnd >= 0 && mentionEnd != requiredEnd)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (plural && entry.Form != MentionForm.Demonym)
                {
                    continue;
                }

                if (CaseMatches(text, candidate.Start, end, entry))
                {
                    mention = new EntityMention(entry.Entity, candidate.Start, mentionEnd - candidate.Start, text[candidate.Start..mentionEnd], entry.Form);
                    return true;
                }
            }
        }

        mention = null!;
        return false;
    }

    private void Walk(string text, int start, List<Candidate> candidates)
    {
        var node = 0;
        var j = start;
        while (j < text.Length)
        {
            var c = text[j];
            int next;
            if (char.IsWhiteSpace(c))
            {
                if (!_edges.TryGetValue(EdgeKey(node, ' '), out next))
                {
                    return;
                }

                j++;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }
            }
            else
            {
                if (!_edges.TryGetValue(EdgeKey(node, char.ToLowerInvariant(FoldPunctuation(c))), out next))
                {
                    return;
                }

                j++;
            }

            node = next;
            if (_terminals[node] is not null)
            {
                candidates.Add(new Candidate(node, start, j));
            }
        }
    }

    private static bool CaseMatches(string text, int start, int end, Entry entry)
    {
        var p = 0;
        var j = start;
        while (j < end)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c))
            {
                while (j < end && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                p++;
                continue;
            }

            switch (entry.Rules[p])
            {
                case CaseRule.Exact when c != entry.Pattern[p]:
                case CaseRule.Upper when !char.IsUpper(c):
                    return false;
            }

            p++;
            j++;
        }

        return true;
    }

    /// <summary>A plural <c>s</c> right after a form: "Iraqis", or "IRAQIS" in capitals.</summary>
    private static bool IsPluralS(string text, int end) =>
        (text[end] == 's' || (text[end] == 'S' && char.IsUpper(text[end - 1])))
        && (end + 1 == text.Length || !IsWordChar(text[end + 1]));

    /// <summary>If <paramref name="text"/> has the word "the" at <paramref name="start"/>, the start of the next word; else -1.</summary>
    private static int AfterArticle(string text, int start)
    {
        if (start + 4 >= text.Length
            || (text[start] != 't' && text[start] != 'T')
            || (text[start + 1] != 'h' && text[start + 1] != 'H')
            || (text[start + 2] != 'e' && text[start + 2] != 'E')
            || !char.IsWhiteSpace(text[start + 3]))
        {
            return -1;
        }

        var j = start + 3;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j < text.Length && IsWordChar(text[j]) ? j : -1;
    }

    private int Insert(string key)
    {
        var node = 0;
        foreach (var c in key)
        {
            var edge = EdgeKey(node, c);
            if (!_edges.TryGetValue(edge, out var next))
            {
                next = _terminals.Count;
                _terminals.Add(null);
                _edges[edge] = next;
            }

            node = next;
        }

        return node;
    }

    private static long EdgeKey(int node, char c) => ((long)node << 16) | c;

    /// <summary>A form with its punctuation folded and whitespace collapsed, case kept.</summary>
    internal static string Prepare(string form)
    {
        var builder = new System.Text.StringBuilder(form.Length);
        var pendingSpace = false;
        foreach (var c in form)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldPunctuation(c));
        }

        return builder.ToString();
    }

    /// <summary>The trie key of a prepared form: lowercase.</summary>
    internal static string Key(string pattern) => pattern.ToLowerInvariant();

    private static char FoldPunctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => c,
    };

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static CaseRule[] CaseRules(string pattern)
    {
        var rules = new CaseRule[pattern.Length];
        var first = true;
        var i = 0;
        while (i < pattern.Length)
        {
            if (!IsWordChar(pattern[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < pattern.Length && IsWordChar(pattern[i]))
            {
                i++;
            }

            var word = pattern.AsSpan(start, i - start);
            var isLeadingArticle = first && word.Equals("the", StringComparison.OrdinalIgnoreCase);
            first = false;
            if (isLeadingArticle)
            {
                continue;
            }

            var letters = 0;
            var hasLower = false;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                hasLower |= char.IsLower(c);
            }

            if (letters >= 2 && !hasLower)
            {
                Array.Fill(rules, CaseRule.Exact, start, word.Length);
            }
            else if (char.IsUpper(word[0]))
            {
                rules[start] = CaseRule.Upper;
            }
        }

        return rules;
    }

    private enum CaseRule : byte
    {
        Any,
        Upper,
        Exact,
    }

    private sealed record Entry(Entity Entity, int Order, MentionForm Form, string Pattern, CaseRule[] Rules);

    private readonly record struct Candidate(int Node, int Start, int End);
}
