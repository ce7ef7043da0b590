using System.Collections.Immutable;
using ClaimCheck.Analysis;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Rules;

/// <summary>Whether a claim is about the same fact as a statement frame.</summary>
internal enum Identity
{
    /// <summary>Different fact: the rules say nothing.</summary>
    Different,

    /// <summary>Same subject and relation, but a key part of the statement is not covered by the claim.</summary>
    Partial,

    /// <summary>The same fact (value, polarity and date may still differ).</summary>
    Same,
}

/// <summary>How the statement's value relates to the claim's value in the kind's value slot.</summary>
internal enum ValueRelation
{
    Unrelated,
    Equal,
    ClaimImpliesStatement,
    StatementImpliesClaim,
    Exclusive,
}

/// <summary>
/// Compares statement frames with claims: identity per kind (which slots must agree), then the value slot
/// through the knowledge base's implications and exclusions. Shared by the built-in frame rules.
/// </summary>
internal sealed class FrameMatcher(DomainKnowledge knowledge, EntityRegistry entities, Lexicon lexicon)
{
    public DomainKnowledge Knowledge { get; } = knowledge;

    public EntityRegistry Entities { get; } = entities;

    /// <summary>The slot whose values can agree or conflict, per kind; null when the kind has none.</summary>
    public static string? ValueSlot(ClaimKind kind) => kind switch
    {
        ClaimKind.Membership => "status",
        ClaimKind.Vote => "position",
        ClaimKind.Relations => "status",
        ClaimKind.Sanctions => "action",
        ClaimKind.Stance => "stance",
        ClaimKind.Quantity => "direction",
        _ => null,
    };

    public Identity Identify(Frame frame, Claim claim)
    {
        if (frame.Kind != claim.Kind)
        {
            return Identity.Different;
        }

        return frame.Kind switch
        {
            ClaimKind.Membership => All(Same(frame, claim, "member"), Same(frame, claim, "organisation")),
            ClaimKind.Vote => Vote(frame, claim),
            ClaimKind.Relations => Relations(frame, claim),
            ClaimKind.Sanctions => All(Same(frame, claim, "actor"), SameOrRelated(frame, claim, "target"), Optional(frame, claim, "regime")),
            ClaimKind.Stance => Stance(frame, claim),
            ClaimKind.Transaction => Transaction(frame, claim),
            ClaimKind.Event => Event(frame, claim),
            ClaimKind.Office => All(TextSame(frame, claim, "role", RoleOf), Same(frame, claim, "of"), SameDestination(frame, claim)),
            ClaimKind.Statement => All(Same(frame, claim, "speaker"), Covered(frame, claim, "content", 0.9)),
            ClaimKind.Quantity => All(Same(frame, claim, "subject"), Covered(frame, claim, "measure", 0.65), Optional(frame, claim, "cause")),
            _ => Identity.Different,
        };
    }

    /// <summary>How the statement's value relates to the claim's (both read through implications and exclusions).</summary>
    public (ValueRelation Relation, ExclusiveValues? Exclusion) CompareValues(Frame frame, Claim claim)
    {
        if (frame.Kind == ClaimKind.Office)
        {
            // The office holder is the value: the same person, or someone else.
            return (frame.Slot("person")?.First == claim.Slot("person")?.First ? ValueRelation.Equal : ValueRelation.Unrelated, null);
        }

        if (ValueSlot(frame.Kind) is not { } slot)
        {
            return (ValueRelation.Equal, null);
        }

        var statementValue = frame.Slot(slot)?.First;
        var claimValue = claim.Slot(slot)?.First;
        if (frame.Kind == ClaimKind.Membership)
        {
            statementValue ??= "member";
            claimValue ??= "member";
        }

        if (statementValue is null || claimValue is null)
        {
            return (ValueRelation.Unrelated, null);
        }

        if (statementValue == claimValue)
        {
            return (ValueRelation.Equal, null);
        }

        var claimClosure = Knowledge.ValueClosure(frame.Kind, slot, claimValue);
        var statementClosure = Knowledge.ValueClosure(frame.Kind, slot, statementValue);
        if (claimClosure.Contains(statementValue))
        {
            return (ValueRelation.ClaimImpliesStatement, null);
        }

        if (statementClosure.Contains(claimValue))
        {
            return (ValueRelation.StatementImpliesClaim, null);
        }

        foreach (var a in statementClosure)
        {
            foreach (var b in claimClosure)
            {
                if (Knowledge.FindExclusion(frame.Kind, slot, a, b) is { } exclusion)
                {
                    return (ValueRelation.Exclusive, exclusion);
                }
            }
        }

        return (ValueRelation.Unrelated, null);
    }

    /// <summary>Whether the frame's date disagrees with the claim's (both known and incompatible).</summary>
    public static bool DatesConflict(Frame frame, Claim claim) =>
        frame.Time is { } a && claim.Time is { } b && !a.IsCompatibleWith(b);

    /// <summary>Whether the frame gives a date the claim does not (the statement is more specific than the source).</summary>
    public static bool DateUnsupported(Frame frame, Claim claim) =>
        frame.Time is { } stated && (claim.Time is not { } known
            || (stated.Month is not null && known.Month is null) || (stated.Day is not null && known.Day is null));

    // ------------------------------------------------------------------ per kind

    private Identity Vote(Frame frame, Claim claim)
    {
        var voter = Same(frame, claim, "voter");
        if (voter == Identity.Different)
        {
            return Identity.Different;
        }

        var forum = Optional(frame, claim, "forum") == Identity.Different && !Related(frame.Slot("forum")!.First, claim.Slot("forum")!.First) ? Identity.Different : Identity.Same;
        var frameAction = frame.Slot("motionAction")?.First;
        var claimAction = claim.Slot("motionAction")?.First;
        if (frameAction is not null && claimAction is not null && frameAction != claimAction)
        {
            return Identity.Different;
        }

        var evidence = 0;
        if (frame.Slot("target") is { } target)
        {
            if (claim.Slot("target") is not { } claimTarget)
            {
                return Identity.Partial;
            }

            if (!Related(target.First, claimTarget.First))
            {
                return Identity.Different;
            }

            evidence++;
        }

        if (frame.Slot("motion") is { } motion)
        {
            if (claim.Slot("motion") is not { } claimMotion)
            {
                return Identity.Partial;
            }

            var coverage = Coverage(MotionStems(motion.First), MotionStems(claimMotion.First).Concat(EntityWords(claim)).ToHashSet(StringComparer.Ordinal));
            if (coverage < 0.5 || DifferentDesignations(motion.First, claimMotion.First))
            {
                return Identity.Different;
            }

            evidence++;
        }

        // Only one side says what the motion did (condemn…): we cannot tell it is the same vote.
        if ((frameAction is null) != (claimAction is null))
        {
            return Identity.Partial;
        }

        return evidence == 0 ? Identity.Partial : All(voter, forum);
    }

    private Identity Relations(Frame frame, Claim claim)
    {
        var frameParties = Ids(frame, "party").Concat(Ids(frame, "counterpart")).ToHashSet(StringComparer.Ordinal);
        var claimParty = claim.Slot("party")!.First;
        var claimAll = Ids(claim, "party").Concat(Ids(claim, "counterpart")).ToHashSet(StringComparer.Ordinal);
        if (!frameParties.Contains(claimParty))
        {
            return Identity.Different;
        }

        if (!frameParties.All(claimAll.Contains))
        {
            return Identity.Different;
        }

        // A dated change of relations has a side that acted: "Rabat cut ties with Algiers in August 2021" is not "Algiers
        // severed ties with Rabat in August 2021", though the state that followed is the same for both.
        return frame.Time is not null && claim.Time is not null && frame.Slot("party")?.First is { } actor && actor != claimParty ? Identity.Partial : Identity.Same;
    }

    private Identity Stance(Frame frame, Claim claim)
    {
        if (Same(frame, claim, "actor") != Identity.Same)
        {
            return Identity.Different;
        }

        var claimTopic = claim.Slot("topic")?.First;
        var frameTopic = frame.Slot("topic")?.First;
        var frameParties = Ids(frame, "party").ToList();
        var claimParties = Ids(claim, "party").ToList();
        if (frameTopic == FrameReader.AnyConflict)
        {
            frameTopic = claimTopic is not null && Entities.TryGet(claimTopic, out var topicEntity) && topicEntity.Kind == EntityKind.Event ? claimTopic : null;
            if (frameTopic is null)
            {
                return Identity.Different;
            }
        }

        if (frameTopic is not null && claimTopic is not null && !Related(frameTopic, claimTopic))
        {
            return Identity.Different;
        }

        if (frameTopic is null)
        {
            // "sided with Ukraine": the topic is the conflict the party takes part in.
            if (claimTopic is null || frameParties.Count == 0 || !frameParties.All(p => Related(p, claimTopic) || claimParties.Contains(p)))
            {
                return Identity.Different;
            }
        }

        if (frameParties.Count > 0 && claimParties.Count > 0 && !frameParties.All(claimParties.Contains))
        {
            return Identity.Different;
        }

        return Identity.Same;
    }

    private Identity Transaction(Frame frame, Claim claim)
    {
        if (Same(frame, claim, "buyer") != Identity.Same)
        {
            return Identity.Different;
        }

        if (frame.Slot("seller") is { } seller)
        {
            if (claim.Slot("seller") is not { } claimSeller)
            {
                return Identity.Partial;
            }

            if (seller.First != claimSeller.First)
            {
                return Identity.Different;
            }
        }

        var claimItems = claim.Slot("items")?.Values ?? [];
        foreach (var item in frame.Slot("items")?.Values ?? [])
        {
            // Covered when the source names the item or something narrower ("bought jets" entails "bought military equipment").
            if (!claimItems.Any(c => c == item || Knowledge.BroaderClosure(c).Contains(item)))
            {
                return Identity.Partial;
            }
        }

        if (frame.Slot("period") is { } period)
        {
            if (claim.Slot("period") is not { } claimPeriod || Coverage(Stems(period.First), Stems(claimPeriod.First).Concat(EntityWords(claim)).ToHashSet(StringComparer.Ordinal)) < 0.5)
            {
                return Identity.Partial;
            }
        }

        return Identity.Same;
    }

    private Identity Event(Frame frame, Claim claim)
    {
        if (Same(frame, claim, "actor") != Identity.Same)
        {
            return Identity.Different;
        }

        if (ActionOf(frame.Slot("action")!.First) != ActionOf(claim.Slot("action")!.First))
        {
            return Identity.Different;
        }

        var claimEntities = Ids(claim, "object").Concat(Ids(claim, "place")).Concat(SentenceEntities(claim)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Ids(frame, "object"))
        {
            if (!claimEntities.Any(c => Related(id, c)))
            {
                return Identity.Partial;
            }
        }

        // The rest of the statement ("to let the factions fight Israel") must be what the source describes.
        if (frame.Slot("detail")?.First is { } detail)
        {
            var known = Stems(claim.Slot("detail")?.First ?? "").Concat(claim.Provenance.SelectMany(p => Stems(p.SentenceText))).Concat(EntityWords(claim)).ToHashSet(StringComparer.Ordinal);
            var wanted = Stems(detail).Where(w => !lexicon.ActorNouns.Contains(w) && !lexicon.ControlVerbs.Contains(w)).ToList();
            if (wanted.Count > 0 && Coverage(wanted, known) < 0.8)
            {
                return Identity.Partial;
            }
        }

        return Identity.Same;
    }

    // ------------------------------------------------------------------ helpers

    private static Identity All(params Identity[] parts) =>
        parts.Contains(Identity.Different) ? Identity.Different : parts.Contains(Identity.Partial) ? Identity.Partial : Identity.Same;

    private static Identity Same(Frame frame, Claim claim, string slot)
    {
        var a = frame.Slot(slot);
        var b = claim.Slot(slot);
        if (a is null)
        {
            return Identity.Partial;
        }

        return b is not null && a.Values.All(b.Values.Contains) ? Identity.Same : Identity.Different;
    }

    private Identity SameOrRelated(Frame frame, Claim claim, string slot)
    {
        var a = frame.Slot(slot)?.First;
        var b = claim.Slot(slot)?.First;
        return a is null ? Identity.Partial : b is not null && Related(a, b) ? Identity.Same : Identity.Different;
    }

    // A slot the statement may leave out; when it gives one, the claim must give the same.
    private static Identity Optional(Frame frame, Claim claim, string slot)
    {
        var a = frame.Slot(slot);
        if (a is null)
        {
            return Identity.Same;
        }

        var b = claim.Slot(slot);
        return b is null ? Identity.Partial : a.Values.All(b.Values.Contains) ? Identity.Same : Identity.Different;
    }

    private Identity TextSame(Frame frame, Claim claim, string slot, Func<string, string> canonical)
    {
        var a = frame.Slot(slot)?.First;
        var b = claim.Slot(slot)?.First;
        return a is null || b is null ? Identity.Partial : canonical(a) == canonical(b) ? Identity.Same : Identity.Different;
    }

    private Identity Covered(Frame frame, Claim claim, string slot, double threshold)
    {
        var a = frame.Slot(slot)?.First;
        if (a is null)
        {
            return Identity.Partial;
        }

        // A curated claim's slot and its cited sentences both count: the content was paraphrased when curated. A draft's
        // slot is the sentence's own words for this speaker; the rest of the sentence may be what others said.
        var cited = claim.IsDraft ? [] : claim.Provenance.SelectMany(p => Stems(p.SentenceText));
        var known = Stems(claim.Slot(slot)?.First ?? "").Concat(cited).Concat(EntityWords(claim)).ToHashSet(StringComparer.Ordinal);
        var wanted = Stems(WithoutNames(a));
        if (wanted.Count == 0)
        {
            return Identity.Partial;
        }

        // "exports to China" is not the measure a claim gives as "importing goods worth…", whatever else its sentence says.
        var own = Stems(claim.Slot(slot)?.First ?? "");
        if (wanted.Any(w => !own.Contains(w) && own.Any(o => lexicon.AreAntonyms(w, o))))
        {
            return Identity.Different;
        }

        var coverage = Coverage(wanted, known);
        var missing = wanted.Count(w => !known.Contains(w));
        var enough = threshold >= 0.9 ? missing <= SentenceAligner.Allowance(wanted.Count) : coverage >= threshold;
        return enough ? Identity.Same : coverage >= 0.3 ? Identity.Partial : Identity.Different;
    }

    public bool Related(string a, string b) => Entities.AreRelated(a, b);

    // "ambassador to Iraq" vs "ambassador to Turkey": when both roles name a place, it must be the same.
    private Identity SameDestination(Frame frame, Claim claim)
    {
        var stated = Entities.FindMentions(frame.Slot("role")?.First ?? "").Select(m => m.Entity.Id).ToList();
        var known = Entities.FindMentions(claim.Slot("role")?.First ?? "").Select(m => m.Entity.Id).ToList();
        return stated.Count == 0 || known.Count == 0 || stated.Any(known.Contains) ? Identity.Same : Identity.Different;
    }

    private IEnumerable<string> SentenceEntities(Claim claim) =>
        claim.Provenance.SelectMany(p => Entities.FindMentions(p.SentenceText)).Select(m => m.Entity.Id);

    private static IEnumerable<string> Ids(Frame frame, string slot) => frame.Slot(slot)?.Values ?? [];

    private static IEnumerable<string> Ids(Claim claim, string slot) => claim.Slot(slot)?.Values ?? [];

    public string RoleOf(string title) => OfficeDirectory.CanonicalRole(title, lexicon);

    public string ActionOf(string action)
    {
        var tokens = Tokenizer.Tokenize(action, lexicon.Stemmer);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (lexicon.Event.Actions.MatchAt(tokens, i) is { } match)
            {
                return match.Value;
            }
        }

        return action.ToLowerInvariant();
    }

    /// <summary>The text with entity names blanked out, so names do not count as content words.</summary>
    private string WithoutNames(string text)
    {
        var chars = text.ToCharArray();
        foreach (var mention in Entities.FindMentions(text))
        {
            Array.Fill(chars, ' ', mention.Start, mention.Length);
        }

        return new string(chars);
    }

    // Claim texts and cited sentences are compared again and again: their stems are computed once (thread-safe cache).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _stems = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Stems(string text) => _stems.GetOrAdd(text, t =>
        Tokenizer.Tokenize(t, lexicon.Stemmer).Where(token => token.IsWord && lexicon.IsContent(token)).Select(token => lexicon.Canonical(token.Stem)).ToList());

    private static readonly HashSet<string> GenericMotionWords = ["resolut", "motion", "vote", "draft", "un", "u.n.", "unit", "nation", "general", "assembly", "security", "council", "measur", "text", "proposal", "related", "relat"];

    // "resolution ES-11/6" is not "resolution ES-11/3": when both motions carry a designation (figures, not years),
    // they are one motion only if the designations are the same.
    private bool DifferentDesignations(string statementMotion, string claimMotion)
    {
        HashSet<string> Designations(string text) => [.. Tokenizer.Tokenize(text, lexicon.Stemmer).Where(t => t.Text.Any(char.IsDigit) && !t.IsYear).Select(t => t.Stem)];
        var stated = Designations(statementMotion);
        var known = Designations(claimMotion);
        return stated.Count > 0 && known.Count > 0 && !stated.SetEquals(known);
    }

    private List<string> MotionStems(string text) => [.. Stems(text).Where(s => !GenericMotionWords.Contains(s))];

    // Names of the claim's entities as stems, so "Russia's invasion" in a statement meets a claim slot that says RUS.
    private IEnumerable<string> EntityWords(Claim claim)
    {
        foreach (var id in claim.EntityIds())
        {
            if (Entities.TryGet(id, out var entity))
            {
                foreach (var stem in Stems(entity.Name))
                {
                    yield return stem;
                }

                foreach (var demonym in entity.Demonyms)
                {
                    foreach (var stem in Stems(demonym))
                    {
                        yield return stem;
                    }
                }
            }
        }
    }

    public static double Coverage(IReadOnlyCollection<string> wanted, IReadOnlySet<string> known) =>
        wanted.Count == 0 ? 0 : (double)wanted.Count(known.Contains) / wanted.Count;
}
