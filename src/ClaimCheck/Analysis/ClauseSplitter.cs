using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClaimCheck.Analysis;

/// <summary>
/// Splits a statement into atomic clauses at coordinating conjunctions that join predicates
/// ("Iraq is in OPEC+ and has joined the sanctions"), not noun phrases ("Iraq and Iran", "jets and helicopters").
/// A clause without its own subject inherits the first clause's subject.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly FrozenSet<string> Conjunctions = FrozenSet.ToFrozenSet(["and", "but", "while", "whereas", "although", "though", "after", "before", "because", "once", "until"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "is", "are", "was", "were", "did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must", "also", "never", "not", "still", "then", "later", "continues", "continued", "remains", "remained"],
        StringComparer.Ordinal);

    /// <summary>A clause: the token range of its own words and the token range of the subject it borrows (if any).</summary>
    public readonly record struct Clause(int Start, int End, int SubjectStart, int SubjectEnd)
    {
        public bool BorrowsSubject => SubjectEnd > SubjectStart;

        /// <summary>
        /// A temporal subordinate clause ("When the Assembly condemned the invasion, …", "… after the war ended"): the
        /// setting of the main clause, taken for granted rather than asserted.
        /// </summary>
        public bool IsBackground { get; init; }
    }

    private static readonly FrozenSet<string> TemporalSubordinators = FrozenSet.ToFrozenSet(["when", "after", "before", "once", "since", "until"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(["while", "although", "though", "whereas", "as", "because", "since", "after", "before", "when", "once"], StringComparer.Ordinal);

    /// <summary>
    /// The clauses of a text. A trailing participle (", abstaining along with India") is a clause of its own in a
    /// statement; a source sentence keeps it with its clause, whose claims the extractor reads whole.
    /// </summary>
    public static ImmutableArray<Clause> Split(AtomText text, Func<Token, bool> isVerb, bool trailingParticiples = true)
    {
        var tokens = text.Tokens;
        var cuts = new List<(int At, int Resume, bool NewSubject)>();
        var antecedents = new Dictionary<int, (int First, int End)>();
        var background = new HashSet<int>();
        var leadingBackground = false;

        // "While Iraq has not joined the sanctions, it has benefited…": the leading subordinate clause is its own atom.
        if (tokens.Length > 3 && tokens[0].IsWord && Subordinators.Contains(tokens[0].Lower))
        {
            var comma = -1;
            for (var i = 1; i < tokens.Length - 1; i++)
            {
                if (tokens[i].Text == ",")
                {
                    comma = i;
                    break;
                }
            }

            if (comma > 1 && HasPredicate(text, 1, comma, isVerb) && HasPredicate(text, comma + 1, tokens.Length, isVerb))
            {
                var rest = Split(Rebase(text, comma + 1), isVerb, trailingParticiples);
                var offset = comma + 1;

                // "While voicing concern…, Iraqi officials declined…": a subordinate clause without a subject of its own
                // takes the main clause's.
                var ownSubject = Enumerable.Range(1, FirstPredicate(text, 1, comma, isVerb) - 1).Any(text.IsInMention);
                var mainSubjectEnd = FirstPredicate(text, offset, text.Tokens.Length, isVerb);
                var first = (ownSubject || mainSubjectEnd <= offset ? new Clause(1, comma, 0, 0) : new Clause(1, comma, offset, mainSubjectEnd))
                    with { IsBackground = TemporalSubordinators.Contains(tokens[0].Lower) };
                return [first, .. Shifted(rest, offset)];
            }
        }

        // "Bowing to pressure, the armed factions agreed…", "Under US pressure, the factions…": a leading participle
        // phrase, or one of circumstance (never a date's "In 2003,"), is the setting, said of the main clause's subject,
        // whatever that subject is (a name or not).
        // "Wary of endangering its ties with Washington, Iraq's leadership…": a leading adjective phrase too.
        var circumstance = tokens.Length > 0 && tokens[0].Lower is "under" or "amid" or "despite" or "besides"
            or "wary" or "keen" or "eager" or "anxious" or "mindful" or "aware" or "careful" or "reluctant" or "unwilling" or "determined" or "fearful" or "conscious";
        var participle = tokens.Length > 0 && tokens[0].Lower.Length > 5 && tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)
            && tokens[0].Lower is not ("according" or "speaking" or "starting" or "beginning" or "ending" or "during" or "including" or "regarding" or "concerning" or "following" or "notwithstanding");
        if (tokens.Length > 4 && tokens[0].IsWord && !text.IsInMention(0) && (participle || circumstance)
            && Array.FindIndex(tokens.ToArray(), t => t.Text == ",") is > 1 and < 12 and var participleComma
            && HasPredicate(text, participleComma + 1, tokens.Length, isVerb))
        {
            var rest = Split(Rebase(text, participleComma + 1), isVerb, trailingParticiples);
            var offset = participleComma + 1;
            var mainSubjectEnd = FirstPredicate(text, offset, tokens.Length, isVerb);
            var setting = (mainSubjectEnd <= offset ? new Clause(0, participleComma, 0, 0) : new Clause(0, participleComma, offset, mainSubjectEnd)) with { IsBackground = true };
            return [setting, .. Shifted(rest, offset)];
        }

        for (var i = 1; i < tokens.Length - 1; i++)
        {
            var token = tokens[i];
            var isSemicolon = token.Text == ";";

            // "Jordan and Lebanon voted in favour, Israel and the United States voted against, …": a comma followed by
            // a new subject and its verb starts a clause.
            if (token.Text == "," && i + 1 < tokens.Length && text.IsInMention(i + 1) && HasPredicate(text, cuts.Count == 0 ? 0 : cuts[^1].Resume, i, isVerb)
                && StartsClauseWithSubject(text, i + 1, isVerb))
            {
                // "Bowing to American pressure, the factions…", "Even under US pressure, …": a leading adjunct sets the scene.
                leadingBackground |= cuts.Count == 0 && IsAdjunctStart(tokens);
                cuts.Add((i, i + 1, true));
                continue;
            }

            // "…was pledged by the EU, which has also halted budget support": a trailing relative clause says something
            // of its own about the name before the comma, which is its subject.
            if (token.Text == "," && i + 2 < tokens.Length && tokens[i + 1].Lower is "which" or "who" && text.IsInMention(i - 1)
                && (Auxiliaries.Contains(tokens[i + 2].Lower) || isVerb(tokens[i + 2]) || LooksLikePastVerb(tokens, i + 2))
                && HasPredicate(text, cuts.Count == 0 ? 0 : cuts[^1].Resume, i, isVerb))
            {
                antecedents[cuts.Count] = text.MentionRanges[text.MentionAtToken[i - 1]];
                cuts.Add((i, i + 2, false));
                continue;
            }

            // "…backed resolution ES-11/6, which called for peace", "…voiced by Iraqi officials, who avoided blaming…":
            // a relative clause about an unnamed noun says what that noun did. It is an atom about the noun phrase, and
            // like a temporal clause it is the setting: checked, but not needed when the sources are silent on it.
            if (token.Text == "," && i + 2 < tokens.Length && tokens[i + 1].Lower is "which" or "who" && !text.IsInMention(i - 1)
                && !(tokens[0].Lower == "it" && Lexicon.IsBeForm(tokens[1].Lower)) // "It was X, the envoy, who…" is a cleft
                && (Auxiliaries.Contains(tokens[i + 2].Lower) || isVerb(tokens[i + 2]) || LooksLikePastVerb(tokens, i + 2))
                && HasPredicate(text, cuts.Count == 0 ? 0 : cuts[^1].Resume, i, isVerb) && NounPhraseBefore(text, i, isVerb) is { } phrase)
            {
                antecedents[cuts.Count] = phrase;
                background.Add(cuts.Count);
                cuts.Add((i, i + 2, false));
                continue;
            }

            // "Vietnam did not vote for the resolution, abstaining along with India": a trailing participle says more of
            // the same subject; like a setting, it may contradict the statement but is not needed when the sources are
            // silent on it.
            if (trailingParticiples && token.Text == "," && i + 1 < tokens.Length && IsTrailingParticiple(tokens[i + 1], isVerb) && !text.IsInMention(i + 1)
                && HasPredicate(text, cuts.Count == 0 ? 0 : cuts[^1].Resume, i, isVerb))
            {
                background.Add(cuts.Count);
                cuts.Add((i, i + 1, false));
                continue;
            }

            if (!isSemicolon && !(token.IsWord && Conjunctions.Contains(token.Lower)))
            {
                continue;
            }

            var next = i + 1;
            if (next < tokens.Length && tokens[next].Text == ",")
            {
                next++;
            }

            if (next >= tokens.Length)
            {
                break;
            }

            // Only a clause that already has a predicate can end here: "Iraq and Israel maintain…" is one clause.
            if (!HasPredicate(text, cuts.Count == 0 ? 0 : cuts[^1].Resume, i, isVerb))
            {
                continue;
            }

            // "between Washington and the Taliban": the "and" of "between" joins two names, never two clauses.
            if (token.Lower == "and" && IsBetweenPair(tokens, cuts.Count == 0 ? 0 : cuts[^1].Resume, i))
            {
                continue;
            }

            var following = tokens[next];
            var subordinate = token.Lower is "after" or "before" or "because" or "once" or "until";
            if (subordinate)
            {
                // "…became important after American troops withdrew": only a clause with its own subject and verb.
                if (StartsClauseWithSubject(text, next, isVerb))
                {
                    if (TemporalSubordinators.Contains(token.Lower))
                    {
                        background.Add(cuts.Count);
                    }

                    cuts.Add((i, next, true));
                }

                continue;
            }

            // "…, and so did Samoa", "…, and so does Chile": an elliptical clause of its own (the analyser restores its predicate).
            if (token.Lower == "and" && following.Lower == "so" && next + 2 < tokens.Length && Auxiliaries.Contains(tokens[next + 1].Lower) && text.IsInMention(next + 2))
            {
                cuts.Add((i, next, true));
                continue;
            }

            if (following.IsWord && following.Lower is "it" or "he" or "she" or "they" && next + 1 < tokens.Length
                && (Auxiliaries.Contains(tokens[next + 1].Lower) || isVerb(tokens[next + 1]) || LooksLikePastVerb(tokens, next + 1)))
            {
                // "…, but it is not a member of the EU": the pronoun is the first clause's subject.
                cuts.Add((i, next + 1, false));
            }
            else if (following.IsWord && (Auxiliaries.Contains(following.Lower) || ((isVerb(following) || LooksLikePastVerb(tokens, next)) && !text.IsInMention(next))
                || (following.Lower == "no" && next + 1 < tokens.Length && tokens[next + 1].Lower == "longer")))
            {
                cuts.Add((i, next, false));
            }
            else if (StartsClauseWithSubject(text, next, isVerb) || isSemicolon)
            {
                cuts.Add((i, next, true));
            }
        }

        var subjectEnd = FirstPredicate(text, 0, tokens.Length, isVerb);
        var result = ImmutableArray.CreateBuilder<Clause>(cuts.Count + 1);
        var start = 0;
        var borrow = false;
        (int First, int End)? antecedent = null;
        var isBackground = leadingBackground;
        for (var c = 0; c < cuts.Count; c++)
        {
            var (at, resume, newSubject) = cuts[c];
            result.Add(Make(start, TrimComma(tokens, start, at), borrow, subjectEnd, antecedent) with { IsBackground = isBackground });
            start = resume;
            borrow = !newSubject;
            antecedent = antecedents.TryGetValue(c, out var range) ? range : null;
            isBackground = background.Contains(c);
        }

        result.Add(Make(start, tokens.Length, borrow, subjectEnd, antecedent) with { IsBackground = isBackground });
        return result.ToImmutable();
    }

    private static bool IsTrailingParticiple(Token token, Func<Token, bool> isVerb) =>
        token.IsWord && token.Lower.Length > 5 && token.Lower.EndsWith("ing", StringComparison.Ordinal) && isVerb(token)
        && token.Lower is not ("including" or "according" or "following" or "during" or "regarding" or "concerning" or "excluding" or "beginning" or "starting" or "ending");

    // The clauses of a sentence's tail, read on their own, at their place in the whole sentence.
    private static IEnumerable<Clause> Shifted(ImmutableArray<Clause> clauses, int offset) =>
        clauses.Select(c => new Clause(c.Start + offset, c.End + offset, c.BorrowsSubject ? c.SubjectStart + offset : 0, c.BorrowsSubject ? c.SubjectEnd + offset : 0) { IsBackground = c.IsBackground });

    // A participle or a preposition of circumstance opens an adjunct, not a clause with a subject of its own.
    // "To stabilise oil markets, …": a leading purpose clause too.
    private static bool IsAdjunctStart(ImmutableArray<Token> tokens) =>
        ClauseContext.IsLeadingPreposition(tokens[0]) || tokens[0].Lower is "even" or "facing" or "notwithstanding" or "to"
        || (tokens[0].Lower.Length > 5 && tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal));

    // The noun phrase that ends before token `end`: back over names, figures and modifiers to a verb, a preposition
    // or a determiner ("backed [resolution ES-11/6]", "by [Iraqi officials]").
    private static (int First, int End)? NounPhraseBefore(AtomText text, int end, Func<Token, bool> isVerb)
    {
        var tokens = text.Tokens;
        var first = end;
        while (first > 0 && end - first < 6)
        {
            var token = tokens[first - 1];
            if (token.Text is "," or ";" || (token.IsWord && !text.IsInMention(first - 1)
                && (token.Lower is "the" or "a" or "an" or "by" or "of" or "to" or "for" or "on" or "in" or "with" or "from" or "at" || Auxiliaries.Contains(token.Lower) || isVerb(token))))
            {
                break;
            }

            first--;
        }

        return first < end ? (first, end) : null;
    }

    // A "between" in the clause before this "and", with no other "and" since.
    private static bool IsBetweenPair(ImmutableArray<Token> tokens, int clauseStart, int and)
    {
        for (var i = and - 1; i >= clauseStart && i >= and - 6; i--)
        {
            if (tokens[i].Lower == "between")
            {
                return true;
            }

            if (tokens[i].Lower == "and" || tokens[i].Text is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    // A clause that starts with a verb or auxiliary borrows the first clause's subject (the words before its first predicate).
    // A relative clause borrows its antecedent instead.
    private static Clause Make(int start, int end, bool borrow, int subjectEnd, (int First, int End)? antecedent = null) =>
        antecedent is { } named ? new Clause(start, end, named.First, named.End)
        : borrow && subjectEnd > 0 ? new Clause(start, end, 0, subjectEnd) : new Clause(start, end, 0, 0);

    // The tokens from `start` on, as a text of their own (mentions re-based), for splitting the rest of a sentence.
    private static AtomText Rebase(AtomText text, int start)
    {
        var tokens = text.Tokens[start..];
        var mentions = text.Mentions.Where((m, i) => text.MentionRanges[i].First >= start).ToImmutableArray();
        return new AtomText(text.Text, tokens, mentions);
    }

    private static int TrimComma(ImmutableArray<Token> tokens, int start, int end) =>
        end - 1 > start && tokens[end - 1].Text == "," ? end - 1 : end;

    // "… and weakened its border security": a word in -ed followed by a determiner is a verb even if the lexicon does not know it.
    private static bool LooksLikePastVerb(ImmutableArray<Token> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index].IsWord && tokens[index].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[index].Lower.Length > 4
        && tokens[index + 1].Lower is "its" or "the" or "a" or "an" or "their" or "his" or "her" or "our" or "to";

    private static bool HasPredicate(AtomText text, int start, int end, Func<Token, bool> isVerb) => IndexOfPredicate(text, start, end, isVerb) >= 0;

    /// <summary>The index of the first predicate word (auxiliary or verb) in [start, end), or start when none.</summary>
    public static int FirstPredicate(AtomText text, int start, int end, Func<Token, bool> isVerb) =>
        IndexOfPredicate(text, start, end, isVerb) is var index and >= 0 ? index : start;

    private static int IndexOfPredicate(AtomText text, int start, int end, Func<Token, bool> isVerb)
    {
        for (var i = start; i < end; i++)
        {
            // "Kenya, Uganda and Tanzania revived the EAC": a verb the lexicon does not know, in the past right after
            // the names that are its subject.
            if (IsPredicate(text, i, isVerb) || (i > start && text.IsInMention(i - 1) && !text.IsInMention(i) && LooksLikePastVerb(text.Tokens, i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is a predicate word: an auxiliary or a verb, outside names.</summary>
    public static bool IsPredicate(AtomText text, int i, Func<Token, bool> isVerb) =>
        text.Tokens[i].IsWord && !text.IsInMention(i) && (Auxiliaries.Contains(text.Tokens[i].Lower) || (isVerb(text.Tokens[i]) && !AfterArticle(text.Tokens, i)));

    /// <summary>"The signing of the deal…", "a vote": no verb follows an article.</summary>
    public static bool AfterArticle(ImmutableArray<Token> tokens, int i) => i > 0 && tokens[i - 1].Lower is "the" or "a" or "an";

    // "…, and Russia is a member too": an entity or a determiner phrase, then a verb within a few words.
    private static bool StartsClauseWithSubject(AtomText text, int index, Func<Token, bool> isVerb)
    {
        var tokens = text.Tokens;
        var i = index;
        if (i < tokens.Length && tokens[i].Lower is "the" or "its" or "their" or "his" or "her")
        {
            i++;
        }

        // One name or a list of them: "Denmark, Finland and Sweden abstained".
        var sawMention = false;
        while (i < tokens.Length)
        {
            if (text.IsInMention(i))
            {
                sawMention = true;
                i++;
                continue;
            }

            // "Israel and the United States", "Denmark, Finland and Sweden": joiners (and "the") between names.
            var next = i + 1 < tokens.Length && tokens[i + 1].Lower == "the" ? i + 2 : i + 1;
            if (sawMention && (tokens[i].Text == "," || tokens[i].Lower is "and" or "or") && next < tokens.Length && text.IsInMention(next))
            {
                i = next;
                continue;
            }

            break;
        }

        if (!sawMention)
        {
            return false;
        }

        while (i < tokens.Length && tokens[i].Lower is "'s" or "'")
        {
            i++;
        }

        for (var look = i; look < Math.Min(tokens.Length, i + 3); look++)
        {
            // "…after the West sanctioned Russian oil": a word in -ed right after the subject is its verb.
            if (tokens[look].IsWord && (Auxiliaries.Contains(tokens[look].Lower) || isVerb(tokens[look])
                || (look == i && tokens[look].Lower.Length > 4 && tokens[look].Lower.EndsWith("ed", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
