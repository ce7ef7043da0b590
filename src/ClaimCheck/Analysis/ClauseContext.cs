using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Analysis;

/// <summary>One clause with what the readers share: tokens, mentions, negation cues, date, subject.</summary>
internal sealed class ClauseContext
{
    public ClauseContext(AtomText text, Lexicon lexicon, ImmutableArray<int> negationCues, (PartialDate Date, int First, int End)? date, TermMatcher terms, Entity? previousSubject = null, ImmutableArray<Entity> previousGroup = default)
    {
        PreviousGroup = previousGroup.IsDefault ? [] : previousGroup;
        Text = text;
        Lexicon = lexicon;
        NegationCues = negationCues;
        Date = date;
        Terms = terms;
        PredicateIndex = ClauseSplitter.FirstPredicate(text, SkipLeadingPhrase(text), text.Tokens.Length, lexicon.IsVerb);
        // In a passive clause ("… continues to be rejected by the Iraqi government") the agent is who acts, and a
        // negation such as "rejected" follows the thing it denies.
        var agent = PassiveAgent();
        IsPassive = agent is not null;
        GrammaticalSubject = FindSubject();
        Subject = agent ?? GrammaticalSubject;
        var plural = StartsWithPluralAnaphor(text);
        if (Subject is null && !PreviousGroup.IsDefaultOrEmpty && PreviousGroup.Length >= 2 && plural)
        {
            // "Both countries have avoided…", "The two countries…": every member of the previous coordinated subject.
            Subject = (PreviousGroup[0], -1, 0);
            UsesCoreference = true;
        }
        else if (Subject is null && previousSubject is not null && StartsWithAnaphor(text) && !plural)
        {
            // "The country continues to…", "It has…": the previous sentence's subject (simple coreference for sources).
            Subject = (previousSubject, -1, 0);
            UsesCoreference = true;
        }

        CoordinatedSubjects = UsesCoreference && plural ? PreviousGroup : FindCoordinatedSubjects();
    }

    // "Normalization … continues to be rejected by the Iraqi government": in a passive clause, the agent acts.
    private (Entity Entity, int First, int End)? PassiveAgent()
    {
        for (var i = 1; i < Tokens.Length - 1; i++)
        {
            if (Tokens[i].Lower == "by" && Tokens[i - 1].Lower.EndsWith("ed", StringComparison.Ordinal) && i >= 2 && Lexicon.IsBeForm(Tokens[i - 2].Lower)
                && Text.MentionsIn(i + 1, Math.Min(Tokens.Length, i + 4)).FirstOrDefault() is { Mention: not null } agent
                && agent.Mention.Entity.Kind != EntityKind.Event)
            {
                return (agent.Mention.Entity, agent.First, agent.End);
            }
        }

        return null;
    }

    /// <summary>The previous coordinated subject ("Kuwait and Qatar voted…"), for "both countries", "the two countries", "they".</summary>
    public ImmutableArray<Entity> PreviousGroup { get; }

    /// <summary>"Both countries…", "The two countries…", "They…".</summary>
    internal static bool StartsWithPluralAnaphor(AtomText text)
    {
        var tokens = text.Tokens;
        if (tokens.Length < 2)
        {
            return false;
        }

        var (first, second) = (tokens[0].Lower, tokens[1].Lower);
        var third = tokens.Length > 2 ? tokens[2].Lower : "";
        return first == "they" || (first == "both" && second is "countries" or "nations" or "governments" or "states")
            || (first == "the" && second == "two" && third is "countries" or "nations" or "governments" or "states");
    }

    /// <summary>The organisation a common noun ("the union", "the alliance") refers to in a source, if known.</summary>
    public Entity? ContextOrganisation { get; init; }

    /// <summary>The entity before the predicate, even in a passive clause (where <see cref="Subject"/> is the agent).</summary>
    public (Entity Entity, int First, int End)? GrammaticalSubject { get; }

    /// <summary>Whether the clause is passive with a named agent ("rejected by the Iraqi government").</summary>
    public bool IsPassive { get; }

    /// <summary>Whether the subject came from the previous sentence.</summary>
    public bool UsesCoreference { get; }

    /// <summary>"Norway, Iceland and Denmark all signed": every entity of a coordinated subject (empty unless two or more).</summary>
    public ImmutableArray<Entity> CoordinatedSubjects { get; }

    /// <summary>"The country…", "It…", "This neutrality…": a clause whose subject refers back to an earlier sentence.</summary>
    internal static bool StartsWithAnaphor(AtomText text)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
        {
            return false;
        }

        // "By contrast, it abstained…", "In 2019, the country…": the reference may follow a short leading phrase
        // that names nothing.
        var start = 0;
        for (var i = 1; i < Math.Min(tokens.Length - 1, 6) && !text.IsInMention(i - 1); i++)
        {
            if (tokens[i].Text == ",")
            {
                start = i + 1;
                break;
            }
        }

        return IsAnaphorAt(tokens, 0) || (start > 0 && IsAnaphorAt(tokens, start));
    }

    private static bool IsAnaphorAt(ImmutableArray<Token> tokens, int index)
    {
        var first = tokens[index].Lower;
        var second = tokens.Length > index + 1 ? tokens[index + 1].Lower : "";
        return first is "it" or "he" or "she" or "they" or "instead" or "its" or "his" or "her"
            || (first is "the" or "this" && second is "country" or "nation" or "government" or "state" or "kingdom" or "republic" or "leadership" or "neutrality" or "relationship");
    }

    private ImmutableArray<Entity> FindCoordinatedSubjects()
    {
        if (Subject is not { First: >= 0 } subject)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<Entity>();
        list.Add(subject.Entity);
        var i = subject.End;
        while (i < PredicateIndex && i < Tokens.Length)
        {
            var joiner = i;
            while (joiner < Tokens.Length && Tokens[joiner].Lower is "," or "and" or "or" or "as" or "well" or "both" or "the")
            {
                joiner++;
            }

            if (joiner == i || Text.MentionAt(joiner) is not { } next || next.Entity.Kind is EntityKind.Event)
            {
                break;
            }

            list.Add(next.Entity);
            i = Text.MentionRanges[Text.MentionAtToken[joiner]].End;
        }

        return list.Count >= 2 ? list.ToImmutable() : [];
    }

    public AtomText Text { get; }

    public ImmutableArray<Token> Tokens => Text.Tokens;

    public Lexicon Lexicon { get; }

    /// <summary>Token indices of negation cues ("not", "avoided", "has yet to"… at their first token).</summary>
    public ImmutableArray<int> NegationCues { get; }

    public (PartialDate Date, int First, int End)? Date { get; }

    public TermMatcher Terms { get; }

    /// <summary>Index of the first predicate word (verb or auxiliary).</summary>
    public int PredicateIndex { get; }

    /// <summary>The grammatical subject, when it is an entity: the last entity before the predicate, outside a leading phrase.</summary>
    public (Entity Entity, int First, int End)? Subject { get; }

    /// <summary>Polarity from the negation cues, ignoring those a reader used as value words.</summary>
    public Polarity PolarityIgnoring(IReadOnlyCollection<int> consumed, bool flip = false, int anchor = int.MaxValue)
    {
        // Frequency negators ("claimed attacks only rarely") follow the verb they negate, so they count wherever they are;
        // but not from inside a relative clause the reading is outside of ("…voiced by officials, who avoided blaming…").
        var relative = anchor < RelativeClauseStart ? RelativeClauseStart : int.MaxValue;
        var count = NegationCues.Count(cue => !consumed.Contains(cue) && cue < relative && (cue < anchor || IsPassive || Tokens[cue].Lower is "rarely" or "seldom" or "never")) + (flip ? 1 : 0);
        return count % 2 == 1 ? Polarity.Denied : Polarity.Asserted;
    }

    // Where a relative clause about a word the registry does not name starts (", which …", ", who …" after "resolution
    // ES-11/6" or "officials"), or int.MaxValue: it says what that word did, not what the subject did. Found once per
    // clause, since the polarity of every reading asks for it.
    private int RelativeClauseStart => _relativeClauseStart ??= FindRelativeClause() ?? int.MaxValue;

    private int? _relativeClauseStart;

    private int? FindRelativeClause()
    {
        for (var i = 1; i + 1 < Tokens.Length; i++)
        {
            if (Tokens[i].Text == "," && Tokens[i + 1].Lower is "which" or "who" && !Text.IsInMention(i - 1))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Mentions starting at or after token <paramref name="start"/>, excluding the subject.</summary>
    public IEnumerable<(Entity Entity, int First, int End)> MentionsFrom(int start, int end = int.MaxValue)
    {
        foreach (var (mention, first, last) in Text.MentionsIn(start, Math.Min(end, Tokens.Length)))
        {
            if (Subject is { } subject && first == subject.First)
            {
                continue;
            }

            yield return (mention.Entity, first, last);
        }
    }

    /// <summary>The index of the first token at or after <paramref name="start"/> whose lowercase text is one of <paramref name="words"/>.</summary>
    public int IndexOf(int start, params string[] words)
    {
        for (var i = Math.Max(start, 0); i < Tokens.Length; i++)
        {
            if (Array.IndexOf(words, Tokens[i].Lower) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The content-word stems of tokens in [start, end), outside entity mentions.</summary>
    public ImmutableArray<string> ContentStems(int start, int end)
    {
        var stems = ImmutableArray.CreateBuilder<string>();
        for (var i = Math.Max(start, 0); i < Math.Min(end, Tokens.Length); i++)
        {
            if (Lexicon.IsContent(Tokens[i]) && !Text.IsInMention(i) && Tokens[i].Kind == TokenKind.Word)
            {
                stems.Add(Lexicon.Canonical(Tokens[i].Stem));
            }
        }

        return stems.ToImmutable();
    }

    /// <summary>A word that opens a leading adjunct phrase ("On 1 October 2024, …", "During the war, …", "Like many states, …").</summary>
    public static bool IsLeadingPreposition(Token token) => token.IsWord && token.Lower is "on" or "in" or "during" or "by" or "after" or "before" or "since"
        or "for" or "as" or "at" or "following" or "amid" or "despite" or "throughout" or "until" or "instead" or "over" or "regarding" or "concerning"
        or "given" or "like" or "unlike" or "under" or "with" or "without" or "among";

    // "On 1 October 2024, …", "During the fight against ISIS, …", "For example, …": skip to after the comma.
    private static int SkipLeadingPhrase(AtomText text)
    {
        var tokens = text.Tokens;

        // "Siding with the West, the Iraqi delegation voted…": a leading participial phrase is not the subject.
        if (tokens.Length > 2 && tokens[0].IsWord && tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[0].Lower.Length > 5)
        {
            for (var i = 1; i < tokens.Length - 1; i++)
            {
                if (tokens[i].Text == ",")
                {
                    return i + 1;
                }
            }
        }

        if (tokens.Length == 0 || !IsLeadingPreposition(tokens[0]))
        {
            return 0;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Text == ",")
            {
                return i + 1;
            }
        }

        return 0;
    }

    private (Entity Entity, int First, int End)? FindSubject()
    {
        var start = SkipLeadingPhrase(Text);
        (Entity, int, int)? subject = null;
        foreach (var (mention, first, end) in Text.MentionsIn(start, Tokens.Length))
        {
            if (first >= PredicateIndex && subject is not null)
            {
                break;
            }

            if (first >= PredicateIndex && PredicateIndex > start)
            {
                break;
            }

            // "Iraq, like many other countries in the Middle East, emphasized…": the first entity is the subject.
            // A war or conflict is what a clause is about, not who acts in it.
            if (mention.Entity.Kind == EntityKind.Event)
            {
                continue;
            }

            subject ??= (mention.Entity, first, end);
            if (first < PredicateIndex && end < Tokens.Length && Tokens[end].Lower is "'s" or "'")
            {
                // "Iraq's policy…": a possessive subject stays the subject.
                continue;
            }
        }

        return subject;
    }
}
