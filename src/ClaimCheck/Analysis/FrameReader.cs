using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Analysis;

/// <summary>
/// Reads a clause into typed frames, one reader per claim kind, driven by the lexicon.
/// Readers are deliberately conservative: a slot they cannot fill stays empty and the rules treat the
/// reading as partial (not enough info) rather than guess.
/// </summary>
internal sealed class FrameReader(Lexicon lexicon, OfficeDirectory offices, EntityRegistry entities)
{
    public ImmutableArray<Frame> Read(ClauseContext clause)
    {
        var frames = ImmutableArray.CreateBuilder<Frame>();
        var tokens = clause.Tokens;
        var sanctionsTrigger = lexicon.Sanctions.Triggers.FindAll(tokens).FirstOrDefault();
        var hasSanctions = sanctionsTrigger.Phrase is not null;
        var hasVote = IsVote(clause);

        // "voted against the resolution urging an end to the embargo": the sanctions are what the motion is about,
        // not something the voter did, so the vote is the reading and nothing is read from inside the motion.
        if (hasVote && hasSanctions && VoteVerbIndex(tokens) is { } voteVerb && voteVerb < sanctionsTrigger.Index)
        {
            var vote = ReadVote(clause);
            if (vote?.Slot("motion") is not null)
            {
                Add(frames, vote);
                Add(frames, ReadOffice(clause));
                return frames.ToImmutable();
            }
        }

        if (hasSanctions)
        {
            Add(frames, ReadSanctions(clause));
        }
        else if (hasVote)
        {
            Add(frames, ReadVote(clause));
        }
        else
        {
            foreach (var membership in ReadMemberships(clause))
            {
                Add(frames, membership);
            }

            Add(frames, ReadRelations(clause));
            Add(frames, ReadStance(clause));
        }

        Add(frames, ReadTransaction(clause));
        foreach (var frame in ReadEvents(clause))
        {
            Add(frames, frame);
        }

        Add(frames, ReadOffice(clause));
        Add(frames, ReadStatement(clause));
        Add(frames, ReadQuantity(clause));
        return frames.ToImmutable();
    }

    private static void Add(ImmutableArray<Frame>.Builder frames, Frame? frame)
    {
        if (frame is not null && !frames.Contains(frame))
        {
            frames.Add(frame);
        }
    }

    private string? SubjectId(ClauseContext clause) =>
        clause.Subject is { } subject ? offices.ResolveRoleSubject(clause, subject) ?? subject.Entity.Id : offices.ResolveRoleAt(clause, 0);

    // ---------------------------------------------------------------- membership

    private IEnumerable<Frame> ReadMemberships(ClauseContext clause)
    {
        if (ReadMembership(clause) is { } frame)
        {
            yield return frame;
        }

        // "Iraq is a member of OPEC+, a group that includes Russia": the relative clause is a second membership.
        var includes = lexicon.Membership.Includes.FindAll(clause.Tokens).FirstOrDefault();
        if (includes.Phrase is not null && lexicon.Membership.Triggers.FindAll(clause.Tokens, 0, includes.Index).Any())
        {
            var group = clause.Text.MentionsIn(0, includes.Index).LastOrDefault(m => m.Mention.Entity.Kind is EntityKind.Organisation or EntityKind.Group).Mention?.Entity;
            var member = clause.Text.MentionsIn(includes.End, clause.Tokens.Length).FirstOrDefault().Mention?.Entity;
            if (group is not null && member is not null)
            {
                yield return new FrameBuilder(ClaimKind.Membership).Entity("member", member.Id).Entity("organisation", group.Id).Value("status", "member").Anchor(includes.Index).Build(clause);
            }
        }
    }

    private Frame? ReadMembership(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var membership = lexicon.Membership;
        PhraseMatch<bool>? trigger = null;
        var leave = false;
        var includes = false;
        foreach (var match in membership.Leave.FindAll(tokens))
        {
            trigger = match;
            leave = true;
            break;
        }

        if (trigger is null)
        {
            // The first trigger an organisation follows ("In January 2025, Mali joined ECOWAS": not the leading "In").
            var triggers = membership.Triggers.FindAll(tokens).ToList();
            trigger = triggers.Cast<PhraseMatch<bool>?>().FirstOrDefault(t => clause.MentionsFrom(t!.Value.End).Any(m => m.Entity.Kind is EntityKind.Organisation or EntityKind.Group && m.First - t.Value.End <= 4))
                ?? (triggers.Count > 0 ? triggers[0] : null);
        }

        if (trigger is null)
        {
            foreach (var match in membership.Includes.FindAll(tokens))
            {
                trigger = match;
                includes = true;
                break;
            }
        }

        if (trigger is not { } found)
        {
            return null;
        }

        // The organisation must follow the trigger closely ("a member of OPEC+", "joined NATO", "is in the EU").
        var organisation = clause.MentionsFrom(found.Index)
            .FirstOrDefault(m => m.Entity.Kind is EntityKind.Organisation or EntityKind.Group && m.First - found.End <= 4);

        // "…have remained outside the union": a common noun for the organisation the source just named.
        if (organisation.Entity is null && clause.ContextOrganisation is { } context)
        {
            for (var i = Math.Max(0, found.Index - 4); i < Math.Min(tokens.Length, found.End + 3); i++)
            {
                if (tokens[i].Lower is "union" or "alliance" or "bloc" or "organisation" or "organization" or "grouping" or "group" or "cartel" or "club")
                {
                    organisation = (context, i, i + 1);
                    break;
                }
            }
        }
        if (organisation.Entity is null && !leave && !includes)
        {
            // "an OPEC+ member", "a founding NATO member": the organisation just before the noun.
            organisation = clause.MentionsFrom(Math.Max(0, found.Index - 3), found.Index)
                .LastOrDefault(m => m.Entity.Kind is EntityKind.Organisation or EntityKind.Group && tokens[found.Index].Stem.StartsWith("member", StringComparison.Ordinal));
        }
        var subject = SubjectId(clause);
        if (organisation.Entity is null || subject is null)
        {
            return null;
        }

        var builder = new FrameBuilder(ClaimKind.Membership).Consume(found.Index, found.Length).Anchor(found.Index);
        if (includes)
        {
            // "OPEC+ includes Russia", "OPEC+, a group that includes Russia": the nearest organisation before the verb.
            var member = clause.MentionsFrom(found.End).FirstOrDefault();
            var group = clause.Text.MentionsIn(0, found.Index).LastOrDefault(m => m.Mention.Entity.Kind is EntityKind.Organisation or EntityKind.Group).Mention?.Entity;
            if (member.Entity is null || group is null)
            {
                return null;
            }

            builder.Entity("member", member.Entity.Id).Entity("organisation", group.Id);
        }
        else
        {
            if (organisation.Entity.Id == subject)
            {
                return null;
            }

            builder.Entity("member", subject).Entity("organisation", organisation.Entity.Id);
        }

        // The status word closest after the trigger ("remains outside the WTO as a full member, having held observer
        // status…" denies full membership); before it only when nothing follows ("a founding NATO member").
        var statuses = membership.Status.FindAll(tokens).ToList();
        // "a full member", "an observer member": the trigger's own phrase, when it says more than "member".
        var status = statuses.FirstOrDefault(st => st.Index <= found.Index && found.Index < st.End && (st.Value != "member" || st.Length > 1));
        // "an observer rather than a full member": a status after a contrast is the one denied, not the one read.
        var contrastAt = Enumerable.Range(found.End, Math.Max(0, tokens.Length - found.End)).FirstOrDefault(i => tokens[i].Lower is "rather" or "instead" || (tokens[i].Lower == "not" && i > 0 && tokens[i - 1].Text == ","), tokens.Length);
        if (status.Phrase is null)
        {
            status = statuses.FirstOrDefault(st => st.Index >= found.End && st.Index - found.End <= 6 && st.Index < contrastAt);
        }

        if (status.Phrase is null)
        {
            status = statuses.FirstOrDefault(st => st.Value != "member" && st.Index < contrastAt);
        }

        builder.Value("status", status.Phrase is null ? "member" : status.Value);
        return builder.Build(clause, flip: leave) with { IsChange = leave };
    }

    // ---------------------------------------------------------------- vote

    // The first voting verb used as a verb ("voted", "abstained", "backed the resolution"), if any.
    private int? VoteVerbIndex(ImmutableArray<Token> tokens)
    {
        var trigger = lexicon.Vote.Triggers.FindAll(tokens).Concat(lexicon.Vote.MotionVerbs.FindAll(tokens))
            .Where(t => t.Index == 0 || tokens[t.Index - 1].Lower is not ("the" or "a" or "its" or "their"))
            .OrderBy(t => t.Index).FirstOrDefault();
        return trigger.Phrase is null ? null : trigger.Index;
    }

    private bool IsVote(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        if (lexicon.Vote.Triggers.FindAll(tokens).Any())
        {
            return true;
        }

        // "opposed Russia at the UN": a motion verb in a UN forum is a vote.
        var motionVerb = lexicon.Vote.MotionVerbs.FindAll(tokens).FirstOrDefault();
        if (motionVerb.Phrase is not null && clause.MentionsFrom(motionVerb.End).Any(m => IsForum(m.Entity)))
        {
            return true;
        }

        // "backed the resolution", "rejected the motion"
        return lexicon.Vote.MotionVerbs.FindAll(tokens).Any(v => lexicon.Vote.MotionNouns.FindAll(tokens, v.End, v.End + 6).Any(n => tokens[n.Index].Lower.StartsWith("resolution", StringComparison.Ordinal) || tokens[n.Index].Lower.StartsWith("motion", StringComparison.Ordinal) || tokens[n.Index].Lower == "draft"));
    }

    private Frame? ReadVote(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var vote = lexicon.Vote;
        var voter = SubjectId(clause);
        if (voter is null)
        {
            return null;
        }

        if (entities.TryGet(voter, out var voterEntity) && IsForum(voterEntity))
        {
            return null; // "When the General Assembly voted on…": the forum is not a voter
        }

        var builder = new FrameBuilder(ClaimKind.Vote).Entity("voter", voter);
        // The voting verb: an abstention if there is one, else a trigger used as a verb ("voted", not "UN votes on…").
        var triggers = vote.Triggers.FindAll(tokens).ToList();
        var trigger = triggers.FirstOrDefault(t => tokens[t.Index].Stem.StartsWith("abstain", StringComparison.Ordinal));
        if (trigger.Phrase is null)
        {
            trigger = triggers.FirstOrDefault(t => tokens[t.Index].Lower.EndsWith("ed", StringComparison.Ordinal));
        }

        if (trigger.Phrase is null)
        {
            trigger = triggers.FirstOrDefault(t => t.Index == 0 || !(tokens[t.Index - 1].Lower is "the" or "a" or "its" or "their" or "un" || clause.Text.IsInMention(t.Index - 1)));
        }

        if (trigger.Phrase is null)
        {
            trigger = triggers.FirstOrDefault();
        }

        if (trigger.Phrase is not null)
        {
            builder.Anchor(trigger.Index);
        }
        var searchFrom = trigger.Phrase is null ? 0 : trigger.Index;
        string? position = null;
        var positionEnd = -1;
        if (trigger.Phrase is not null && tokens[trigger.Index].Stem.StartsWith("abstain", StringComparison.Ordinal) || trigger.Phrase is not null && tokens[trigger.Index].Stem == "abstention")
        {
            position = "abstain";
            positionEnd = trigger.End;
            builder.Consume(trigger.Index, trigger.Length);
        }
        else
        {
            // The position follows the verb closely ("voted in favour", "voted against"); a "for" further on belongs to
            // the motion ("a resolution calling for a truce").
            var positionLimit = tokens.Length;
            if (trigger.Phrase is not null)
            {
                var nextNoun = vote.MotionNouns.FindAll(tokens, trigger.End).FirstOrDefault(n => tokens[n.Index].Stem.StartsWith("resolut", StringComparison.Ordinal) || tokens[n.Index].Stem is "motion" or "draft");
                positionLimit = Math.Min(tokens.Length, nextNoun.Phrase is null ? trigger.End + 8 : nextNoun.Index);
            }

            foreach (var match in vote.Positions.FindAll(tokens, searchFrom, positionLimit))
            {
                // "voted no": the "no" is the position, not a negation.
                position = match.Value;
                positionEnd = match.End;
                builder.Consume(match.Index, match.Length).Anchor(match.Index);
                break;
            }
        }

        if (position is null)
        {
            return null;
        }

        builder.Value("position", position);

        var forum = clause.MentionsFrom(0).FirstOrDefault(m => IsForum(m.Entity));
        builder.Entity("forum", forum.Entity?.Id);

        var motionNoun = vote.MotionNouns.FindAll(tokens, positionEnd).FirstOrDefault(n => n.Index > searchFrom);
        if (motionNoun.Phrase is null)
        {
            // "In UN votes on the Ukraine war, Iraq abstained": the motion may come first.
            motionNoun = vote.MotionNouns.FindAll(tokens, 0, Math.Max(searchFrom + 1, 0)).FirstOrDefault(n => n.Index < positionEnd - 1 && clause.Text.MentionsIn(n.End, n.End + 6).Any(m => m.Mention.Entity.Kind == EntityKind.Event));
        }

        // What the motion does ("condemning Russia") comes after the motion noun, before the clause's next comma ("…, with
        // officials saying the text failed to condemn the attacks" is not the motion), or right after the position
        // ("voted to condemn").
        var actionFrom = motionNoun.Phrase is not null ? motionNoun.End : Math.Max(positionEnd - 1, 0);
        var actionEnd = motionNoun.Phrase is null ? tokens.Length : Enumerable.Range(actionFrom, tokens.Length - actionFrom).FirstOrDefault(k => tokens[k].Text is "," or ";", tokens.Length);
        var action = vote.MotionActions.FindAll(tokens, actionFrom, actionEnd).FirstOrDefault();
        if (action.Phrase is null && position == "for" && positionEnd > 0 && tokens[positionEnd - 1].Stem.StartsWith("condemn", StringComparison.Ordinal))
        {
            action = new PhraseMatch<string>(positionEnd - 1, 1, "condemns", vote.MotionActions.FindAll(tokens, positionEnd - 1).First().Phrase);
        }

        if (action.Phrase is not null)
        {
            builder.Value("motionAction", action.Value);
            var target = clause.MentionsFrom(action.End).FirstOrDefault(m => m.Entity.Id != forum.Entity?.Id);
            builder.Entity("target", target.Entity?.Id);
        }

        if (motionNoun.Phrase is not null)
        {
            var end = tokens.Length;
            // The motion ends at the clause's next comma ("votes about the Ukraine war, reflecting…"), or where the vote's
            // date begins ("resolution ES-11/1 on 2 March 2022"): the date is the vote's, not the motion's wording.
            end = motionNoun.End;
            while (end < tokens.Length && tokens[end].Text is not ("," or ";") && !(clause.Date is { } date && end > motionNoun.End && end == date.First - 1 && tokens[end].Lower is "on" or "in"))
            {
                end++;
            }

            builder.Text("motion", clause.Text.Slice(motionNoun.Index, end).TrimEnd('.', '!', ' '));
        }
        else if (action.Phrase is null)
        {
            // "voted against Russia": the target directly after the position.
            var target = clause.MentionsFrom(positionEnd).FirstOrDefault(m => m.Entity.Id != forum.Entity?.Id && m.First - positionEnd <= 2);
            builder.Entity("target", target.Entity?.Id);
            if (target.Entity is null && !builder.Has("motion"))
            {
                var topic = clause.MentionsFrom(positionEnd).FirstOrDefault(m => m.Entity.Kind == EntityKind.Event);
                builder.Text("motion", topic.Entity is null ? null : clause.Text.Slice(positionEnd, tokens.Length).TrimEnd('.', ' '));
            }
        }

        return builder.Build(clause);
    }

    // "at the UN", "within OPEC+", "through OPEC+": where or how, not with whom.
    private static bool IsSetting(ClauseContext clause, int first)
    {
        var i = first - 1;
        if (i >= 0 && clause.Tokens[i].Lower == "the")
        {
            i--;
        }

        return i >= 0 && clause.Tokens[i].Lower is "at" or "in" or "within" or "through" or "via" or "inside"
            && clause.Text.MentionAt(first)?.Entity.Kind == EntityKind.Organisation;
    }

    private static bool IsForum(Entity entity) =>
        entity.Kind == EntityKind.Organisation && (entity.Id == "un" || entity.RelatedTo == "un");

    // ---------------------------------------------------------------- relations

    private static readonly string[] StatusPriority = ["consular", "normalised", "military-cooperation", "economic-cooperation", "diplomatic", "ally", "strategic", "historical", "hostile", "friendly", "cooperation"];

    private Frame? ReadRelations(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var relations = lexicon.Relations;
        var noun = relations.Nouns.FindAll(tokens).FirstOrDefault();
        // "diplomatic missions", "diplomatic sources": the word names something else than relations.
        var statuses = relations.Status.FindAll(tokens)
            .Where(st => !(st.Value == "diplomatic" && st.End < tokens.Length && tokens[st.End].Lower is "mission" or "missions" or "corps" or "staff" or "sources" or "source" or "efforts" or "effort" or "facilities" or "personnel" or "circles"))
            .ToList();
        var anti = AntiMention(clause);
        var pro = ProMention(clause);
        if (noun.Phrase is null && anti is null && pro is null && !statuses.Any(s => s.Value is "normalised" or "ally" or "hostile" or "diplomatic" or "cooperation" or "military-cooperation" or "economic-cooperation" && !(s.Value == "diplomatic" && tokens[s.Index].Stem is "formal" or "official")))
        {
            return null;
        }

        // "…, given its strategic ties with both the U.S. and Russia": without a subject, the first country before the relation noun.
        var relationAt = noun.Phrase is not null ? noun.Index : statuses.Count > 0 ? statuses[0].Index : tokens.Length;
        // "Iraq's hostility toward Israel", "Iraq's military ties with Moscow": the possessive owns the relation.
        string? owner = null;
        for (var i = Math.Max(1, relationAt - 3); i < relationAt && i < tokens.Length; i++)
        {
            if (tokens[i].Lower == "'s" && clause.Text.MentionAt(i - 1) is { } possessor && possessor.Entity.Kind == EntityKind.Country)
            {
                owner = possessor.Entity.Id;
            }
        }

        var party = owner ?? SubjectId(clause)
            ?? clause.Text.MentionsIn(0, relationAt).LastOrDefault(m => m.Mention.Entity.Kind == EntityKind.Country).Mention?.Entity.Id;
        if (party is null)
        {
            return null;
        }

        var builder = new FrameBuilder(ClaimKind.Relations).Entity("party", party);
        foreach (var index in statuses.Select(st => st.Index).Append(noun.Phrase is null ? int.MaxValue : noun.Index))
        {
            builder.Anchor(index);
        }
        var counterparts = new List<string>();

        // "Washington is one of Baghdad's main allies": the possessive owns the relation, the subject is its counterpart.
        if (owner is not null && SubjectId(clause) is { } subjectId && subjectId != owner)
        {
            counterparts.Add(subjectId);
        }
        if ((anti ?? pro) is { } prefixed)
        {
            // "an anti-Israel line": the prefixed name is the counterpart, and the only one.
            return builder.Entities("counterpart", [prefixed]).Value("status", anti is not null ? "hostile" : "friendly").Build(clause);
        }

        // "Iraq and Israel have no relations", "Normalization with the Israeli state…": a partner before the predicate.
        foreach (var mention in clause.MentionsFrom(0, clause.PredicateIndex))
        {
            var before = mention.First > 0 ? tokens[mention.First - 1].Lower : "";
            var beforeThe = mention.First > 1 && before == "the" ? tokens[mention.First - 2].Lower : before;
            if ((before == "and" || beforeThe == "with") && mention.Entity.Id != party)
            {
                counterparts.Add(mention.Entity.Id);
            }
        }

        // The counterparts are the names near the relation word ("ties with X and Y", "hostile to X"), not every name
        // of the clause ("…, driven largely by support for the Palestinians").
        var relationWords = statuses.Select(st => (st.Index, st.End)).Append(noun.Phrase is null ? (-1, -1) : (noun.Index, noun.End)).Where(r => r.Item1 >= 0).ToList();
        foreach (var mention in clause.MentionsFrom(clause.PredicateIndex))
        {
            var coordinated = mention.First > 0 && tokens[mention.First - 1].Lower is "and" or "with" && relationWords.Any(r => mention.First < r.Item1);
            var near = coordinated || relationWords.Count == 0 || relationWords.Any(r => mention.First >= r.Item1 - 3 && mention.First <= r.Item2 + 5);
            if (near && mention.Entity.Id != party && mention.Entity.Kind is EntityKind.Country or EntityKind.Group or EntityKind.Organisation && !IsSetting(clause, mention.First))
            {
                counterparts.Add(mention.Entity.Id);
            }
        }

        if (counterparts.Count == 0)
        {
            return null;
        }

        builder.Entities("counterpart", counterparts);
        string? status = anti is not null ? "hostile" : pro is not null ? "friendly" : null;
        foreach (var candidate in StatusPriority)
        {
            if (status is null && statuses.FirstOrDefault(s => s.Value == candidate) is { Phrase: not null } match)
            {
                status = candidate;
                if (candidate is "hostile" or "normalised" or "diplomatic")
                {
                    builder.Consume(match.Index, match.Length);
                }
            }
        }

        // Bare "relations" / "ties" are diplomatic relations; "consular relations", "trade ties", "family ties" are not.
        if (status is null && noun.Phrase is not null && noun.Index > 0)
        {
            var before = tokens[noun.Index - 1];
            var plain = !before.IsWord || clause.Text.IsInMention(noun.Index - 1) || clause.Lexicon.Stopwords.Contains(before.Stem)
                || clause.Lexicon.IsVerb(before) || relations.BreakVerbs.MatchAt(tokens, noun.Index - 1) is not null
                || before.Lower is "no" or "any" or "full" or "normal" or "bilateral" or "official";
            if (!plain)
            {
                return null;
            }
        }

        status ??= "diplomatic";
        var flip = false;
        foreach (var cut in relations.BreakVerbs.FindAll(tokens))
        {
            // "cut ties with", "closed its embassy": the verb governs the relation word right after it ("a close ally" does not).
            var governs = (noun.Phrase is not null && noun.Index > cut.Index && noun.Index - cut.End <= 2)
                || statuses.Any(st => st.Index > cut.Index && st.Index - cut.End <= 2 && st.Value is "diplomatic");
            if (governs)
            {
                flip = !flip;
                builder.Consume(cut.Index, cut.Length);
            }
        }

        // "careful not to put their relationship at risk": a negation that governs another verb is not about the relation
        // (unless that verb is itself a negation: "does not reject normalization" negates the rejection).
        foreach (var cue in clause.NegationCues.Where(c => c < relationAt))
        {
            var verbBetween = Enumerable.Range(cue + 1, Math.Max(0, relationAt - cue - 1)).Any(i =>
                tokens[i].IsWord && !clause.NegationCues.Contains(i) && (clause.Lexicon.IsVerb(tokens[i]) || (i > 0 && tokens[i - 1].Lower == "to")) && !clause.Text.IsInMention(i)
                && !RelationVerbs.Contains(tokens[i].Stem)
                && relations.Status.MatchAt(tokens, i) is null && relations.BreakVerbs.MatchAt(tokens, i) is null);
            if (verbBetween)
            {
                builder.Consume(cue);
            }
        }

        // "opposes normalizing relations", "refuses to recognise": opposing the status denies it.
        foreach (var oppose in relations.OpposeVerbs.FindAll(tokens))
        {
            if (statuses.Any(st => st.Index > oppose.Index && st.Index - oppose.End <= 3))
            {
                flip = !flip;
                builder.Consume(oppose.Index, oppose.Length);
            }
        }

        return builder.Value("status", status).Build(clause, flip);
    }

    // Verbs that take a relation as their object ("have relations", "established ties"): a negation before them is about it.
    private static readonly string[] RelationVerbForms = ["have", "has", "had", "maintain", "establish", "keep", "hold", "enjoy", "build", "develop", "restore", "want", "seek", "normalize", "normalise", "be", "do", "does", "did", "exchange", "open", "forge", "pursue"];

    private HashSet<string> RelationVerbs => _relationVerbs ??= RelationVerbForms.Select(v => lexicon.Stemmer.Stem(v)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _relationVerbs;

    // "anti-Israel" / "pro-Israel": a hostile or friendly stance towards the entity.
    private static string? AntiMention(ClauseContext clause) => PrefixedMention(clause, "anti-");

    private static string? ProMention(ClauseContext clause) => PrefixedMention(clause, "pro-");

    private static string? PrefixedMention(ClauseContext clause, string prefix)
    {
        for (var i = 0; i < clause.Tokens.Length; i++)
        {
            var token = clause.Tokens[i];
            if (token.Lower.StartsWith(prefix, StringComparison.Ordinal) && clause.Text.MentionAt(i) is { } mention)
            {
                return mention.Entity.Id;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- sanctions

    private Frame? ReadSanctions(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var trigger = lexicon.Sanctions.Triggers.FindAll(tokens).First();
        var actor = SubjectId(clause);
        if (actor is null)
        {
            return null;
        }

        var builder = new FrameBuilder(ClaimKind.Sanctions).Entity("actor", actor).Anchor(trigger.Index);

        // The regime is the entity just before "sanctions" ("Western sanctions", "EU sanctions").
        string? regime = null;
        foreach (var mention in clause.MentionsFrom(0, trigger.Index))
        {
            if (mention.End == trigger.Index || (mention.End == trigger.Index - 1 && tokens[mention.End].Lower is "-" or "led"))
            {
                regime = mention.Entity.Id;
            }
        }

        builder.Entity("regime", regime);
        var target = clause.MentionsFrom(trigger.End).FirstOrDefault(m => m.Entity.Id != regime && m.Entity.Id != actor);
        if (target.Entity is null)
        {
            // "sanctioned Russia" / "Russia-related sanctions": any other entity in the clause.
            target = clause.MentionsFrom(0).FirstOrDefault(m => m.Entity.Id != regime && m.Entity.Id != actor);
        }

        builder.Entity("target", target.Entity?.Id);
        if (target.Entity is null)
        {
            return null;
        }

        var action = lexicon.Sanctions.Actions.FindAll(tokens).FirstOrDefault(a => a.Index != trigger.Index);
        if (action.Phrase is not null)
        {
            builder.Consume(action.Index, action.Length);
        }

        builder.Value("action", action.Phrase is null ? (tokens[trigger.Index].Lower.StartsWith("sanctioned", StringComparison.Ordinal) ? "imposed" : "joined") : action.Value);
        return builder.Build(clause);
    }

    // ---------------------------------------------------------------- stance

    private Frame? ReadStance(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var values = lexicon.Stance.Values.FindAll(tokens).ToList();
        var anti = AntiMention(clause);
        if (values.Count == 0)
        {
            return null;
        }

        // The strongest stance word wins: neutrality, then taking sides.
        var chosen = values.FirstOrDefault(v => v.Value == "neutral");
        if (chosen.Phrase is null)
        {
            chosen = values.FirstOrDefault(v => v.Value is "condemns" or "blames");
        }

        if (chosen.Phrase is null)
        {
            chosen = values.FirstOrDefault(v => v.Value != "hostile" || anti is not null);
        }

        if (chosen.Phrase is null)
        {
            return null;
        }

        // "the U.S.'s strong support for Ukraine", "strong US support for Ukraine": a name (or possessive) just
        // before the stance noun is its actor.
        string? owner = null;
        if (chosen.Index > 0 && clause.Text.MentionAt(chosen.Index - 1) is { } before && before.Entity.Kind is EntityKind.Country or EntityKind.Group or EntityKind.Organisation)
        {
            owner = before.Entity.Id;
        }

        for (var i = chosen.Index - 1; owner is null && i >= Math.Max(0, chosen.Index - 3); i--)
        {
            if (tokens[i].Lower == "'s" && i > 0 && clause.Text.MentionAt(i - 1) is { } possessor)
            {
                owner = possessor.Entity.Id;
                break;
            }
        }

        // "Neutrality is the defining feature of Baghdad's policy": without a subject, the first country is the actor.
        var actor = owner ?? SubjectId(clause) ?? clause.Text.MentionsIn(0, tokens.Length).FirstOrDefault(m => m.Mention.Entity.Kind == EntityKind.Country).Mention?.Entity.Id;
        if (actor is null)
        {
            return null;
        }

        var builder = new FrameBuilder(ClaimKind.Stance).Entity("actor", actor).Value("stance", chosen.Value).Consume(chosen.Index, chosen.Length).Anchor(chosen.Index);
        string? topic = null;
        var parties = new List<string>();
        foreach (var mention in clause.MentionsFrom(0))
        {
            if (mention.Entity.Id == actor)
            {
                continue;
            }

            if (mention.Entity.Kind == EntityKind.Event)
            {
                topic ??= mention.Entity.Id;
            }
            else if (IsForum(mention.Entity) || IsSetting(clause, mention.First))
            {
                continue; // "at the UN General Assembly" is where, not whom
            }
            else if (mention.Entity.Kind is EntityKind.Country or EntityKind.Group or EntityKind.Organisation
                && (mention.First >= chosen.Index || (mention.End < tokens.Length && tokens[mention.End].Lower is "'s" && mention.End + 1 == chosen.Index)))
            {
                parties.Add(mention.Entity.Id);
            }
        }

        if (topic is null && parties.Count > 0 && ConflictOf(parties) is { } conflict)
        {
            // "in favor of either Ukraine or Russia": the conflict both take part in.
            topic = conflict;
        }

        var anySide = Enumerable.Range(chosen.End, Math.Max(0, Math.Min(tokens.Length, chosen.End + 5) - chosen.End))
            .Any(i => tokens[i].Lower is "side" or "sides" or "party" or "parties" && i > 0 && tokens[i - 1].Lower is "any" or "either" or "both" or "specific" or "particular");
        // "support for Ukraine in the war": a party followed by an unnamed conflict.
        var partyThenConflict = parties.Count > 0 && clause.Text.MentionsIn(chosen.Index, tokens.Length).Where(m => parties.Contains(m.Mention.Entity.Id))
            .Any(m => lexicon.Stance.TopicNouns.FindAll(tokens, m.End, Math.Min(tokens.Length, m.End + 4)).Any());
        if (topic is null && (partyThenConflict || (chosen.Value is "neutral" or "blames" or "condemns" && (anySide || lexicon.Stance.TopicNouns.FindAll(tokens, chosen.Index, chosen.End + 8).Any()))))
        {
            // "the war", "the conflict" without a name: any conflict the claims know (matched against the claim's topic).
            topic = AnyConflict;
        }

        if (topic is null && parties.Count == 0)
        {
            return null;
        }

        builder.Entity("topic", topic).Entities("party", parties);
        return builder.Build(clause);
    }

    // The one known conflict whose participants include every party (none when zero or several fit).
    private string? ConflictOf(List<string> parties)
    {
        if (parties.Count < 2)
        {
            return null;
        }

        var fits = entities.All.Where(e => e.Kind == EntityKind.Event && parties.All(e.Participants.Contains)).Take(2).ToList();
        return fits.Count == 1 ? fits[0].Id : null;
    }

    // ---------------------------------------------------------------- transaction

    private Frame? ReadTransaction(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var buy = lexicon.Transaction.Buy.FindAll(tokens).FirstOrDefault();
        var sell = lexicon.Transaction.Sell.FindAll(tokens).FirstOrDefault();
        if (buy.Phrase is null && sell.Phrase is null)
        {
            return null;
        }

        var verb = buy.Phrase is not null ? buy : sell;
        var passive = verb.Index > 0 && Lexicon.IsBeForm(tokens[verb.Index - 1].Lower);
        var terms = clause.Terms.Find(tokens, verb.End);
        var subject = SubjectId(clause);
        if (passive)
        {
            // "Russian-made air defense systems were acquired by Iraq": items before the verb, the agent after "by".
            terms = clause.Terms.Find(tokens, 0, verb.Index);
            var by = clause.IndexOf(verb.End, "by");
            subject = by >= 0 ? clause.Text.MentionsIn(by + 1, tokens.Length).FirstOrDefault(m => m.First - by <= 3).Mention?.Entity.Id : null;
        }

        if (terms.IsEmpty)
        {
            return null;
        }

        if (subject is null)
        {
            return null;
        }

        // A model designation before the item ("S-400 air defense systems", "MiG-29 jets") names something narrower than the term.
        var items = terms.Select(t => t.Index > 0 && IsModelName(tokens[t.Index - 1]) ? t.Value + SpecificSuffix : t.Value);
        var builder = new FrameBuilder(ClaimKind.Transaction).Terms("items", items).Anchor(verb.Index);
        string? other = null;
        var marker = buy.Phrase is not null ? clause.IndexOf(verb.End, "from") : clause.IndexOf(verb.End, "to");
        if (marker >= 0)
        {
            other = clause.MentionsFrom(marker + 1).FirstOrDefault(m => m.First - marker <= 3).Entity?.Id;
        }

        if (other is null && buy.Phrase is not null)
        {
            // "Russian military equipment", "Russian-made helicopters": a demonym just before the items names the seller.
            foreach (var term in terms)
            {
                foreach (var (mention, _, end) in clause.Text.MentionsIn(passive ? 0 : verb.End, term.Index))
                {
                    if (mention.Entity.Id != subject && term.Index - end <= 2)
                    {
                        other = mention.Entity.Id;
                    }
                }
            }
        }

        if (buy.Phrase is not null)
        {
            builder.Entity("buyer", subject).Entity("seller", other);
        }
        else
        {
            if (other is null)
            {
                return null;
            }

            builder.Entity("buyer", other).Entity("seller", subject);
        }

        var during = clause.IndexOf(0, "during", "amid", "throughout");
        if (during >= 0)
        {
            var end = during + 1;
            while (end < tokens.Length && tokens[end].Text is not ("," or "."))
            {
                end++;
            }

            builder.Text("period", clause.Text.Slice(during, end));
        }

        return builder.Build(clause);
    }

    /// <summary>A topic slot value meaning "a war or conflict not named": it matches a claim whose topic is an event.</summary>
    public const string AnyConflict = "?conflict";

    /// <summary>Marks an item narrower than its term (no claim lists it, so the reading is partial).</summary>
    public const string SpecificSuffix = ":specific";

    private static bool IsModelName(Token token) =>
        token.Text.Any(char.IsDigit) && token.Text.Any(char.IsLetter);

    // ---------------------------------------------------------------- event

    private IEnumerable<Frame> ReadEvents(ClauseContext clause)
    {
        foreach (var action in lexicon.Event.Actions.FindAll(clause.Tokens).Where(a => !clause.Text.IsInMention(a.Index)))
        {
            if (ReadEvent(clause, action) is { } frame)
            {
                yield return frame;
            }
        }
    }

    private Frame? ReadEvent(ClauseContext clause, PhraseMatch<string> action)
    {
        var tokens = clause.Tokens;
        if (ParticipleAfterNoun(clause, action.Index))
        {
            return null; // "the resolution calling for a truce": the resolution's act, not the subject's
        }

        // "the resolution demanding that Russia withdraw", "urged Moscow to pull out": an act demanded is not one done.
        if (lexicon.DirectiveVerbs.FindAll(tokens, 0, action.Index).Any(v => !clause.Text.IsInMention(v.Index) && !ClauseSplitter.AfterArticle(tokens, v.Index)))
        {
            return null;
        }

        // "failed to condemn the attacks on Israel", "welcomed an attack": an act named as a thing, the object of another
        // verb, is what the subject speaks of, not what it did ("during a visit to Hanoi by Modi" is still a visit).
        if (action.Index > 1 && tokens[action.Index - 1].Lower is "the" or "a" or "an" or "these" or "those" or "such"
            && !Lexicon.IsBeForm(tokens[action.Index - 2].Lower)
            && (lexicon.IsVerb(tokens[action.Index - 2]) || tokens[action.Index - 2].Lower.EndsWith("ed", StringComparison.Ordinal))
            && clause.IndexOf(action.End, "by") < 0)
        {
            return null;
        }

        string? actor;
        var objects = new List<string>();
        var by = clause.IndexOf(action.End, "by");
        var passive = (action.Index > 0 && Lexicon.IsBeForm(tokens[action.Index - 1].Lower))
            || (by >= 0 && by - action.End <= 3 && !clause.Lexicon.IsVerb(tokens[Math.Min(action.End, tokens.Length - 1)]));
        if (passive && by >= 0)
        {
            // "toppled by a coalition led by Russia", "brought down by an American-led alliance": the first name after "by".
            actor = clause.Text.MentionsIn(by + 1, tokens.Length).FirstOrDefault(m => m.First - by <= 6).Mention?.Entity.Id;
            if (clause.GrammaticalSubject is { } patient && patient.Entity.Id != actor)
            {
                objects.Add(patient.Entity.Id);
            }
        }
        else if (action.Index > 0 && clause.Text.MentionAt(action.Index - 1) is { } owner
            && (IsNominal(tokens[action.Index]) || (clause.Subject is { } subject && subject.Entity.Id != owner.Entity.Id
                && !clause.CoordinatedSubjects.Any(e => e.Id == owner.Entity.Id)
                && clause.Text.MentionRanges[clause.Text.MentionAtToken[action.Index - 1]].First is var ownerStart
                && (ownerStart == 0 || tokens[ownerStart - 1].Lower is not ("and" or "," or "or")))))
        {
            // "the U.S. withdrawal from Iraq", "given strong US support for Kyiv" (said of another subject): the name
            // before the action noun is its actor.
            actor = owner.Entity.Id;
        }
        else if (action.Index > 1 && tokens[action.Index - 1].Lower is "'s" && clause.Text.MentionAt(action.Index - 2) is { } possessor && IsNominal(tokens[action.Index]))
        {
            actor = possessor.Entity.Id;
        }
        else
        {
            actor = SubjectId(clause);
        }

        if (actor is null)
        {
            return null;
        }

        foreach (var mention in clause.MentionsFrom(action.End))
        {
            if (mention.Entity.Id != actor && !objects.Contains(mention.Entity.Id) && (by < 0 || mention.First < by || !passive))
            {
                objects.Add(mention.Entity.Id);
            }
        }

        // The other content words, for the matcher to check against the source ("to let the factions fight Israel").
        var detail = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var inDate = clause.Date is { } date && i >= date.First && i < date.End;
            if ((i < action.Index || i >= action.End) && !inDate && tokens[i].IsWord && !clause.Text.IsInMention(i) && !clause.NegationCues.Contains(i)
                && clause.Lexicon.IsContent(tokens[i]) && lexicon.Event.Actions.MatchAt(tokens, i) is null)
            {
                detail.Add(tokens[i].Text);
            }
        }

        return new FrameBuilder(ClaimKind.Event).Entity("actor", actor).Text("action", action.Value).Entities("object", objects).Text("detail", string.Join(' ', detail)).Anchor(action.Index).Build(clause);
    }

    // Action nouns: "withdrawal", "invasion", "removal", "attack(s)".
    private static bool IsNominal(Token token) =>
        token.Lower.EndsWith("al", StringComparison.Ordinal) || token.Lower.EndsWith("ion", StringComparison.Ordinal) || token.Lower.EndsWith("ment", StringComparison.Ordinal)
        || token.Lower.EndsWith("out", StringComparison.Ordinal) || token.Lower is "attack" or "attacks" or "strike" or "strikes" or "ouster" or "overthrow";

    // ---------------------------------------------------------------- office

    private Frame? ReadOffice(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var role = lexicon.Office.Roles.FindAll(tokens).FirstOrDefault(r => !clause.Text.IsInMention(r.Index));
        if (role.Phrase is null || !tokens[role.Index].IsCapitalised && !IsCopulaNear(tokens, role.Index))
        {
            return null;
        }

        // The office's country: a mention just before the role ("Iraqi Prime Minister", "Iraq's prime minister")
        // or after "of" ("Prime Minister of Iraq").
        string? of = null;
        foreach (var (mention, first, _) in clause.Text.MentionsIn(Math.Max(0, role.Index - 3), role.Index))
        {
            if (mention.Entity.Kind != EntityKind.Person)
            {
                of = mention.Entity.Id;
            }
        }

        if (of is null && role.End < tokens.Length && tokens[role.End].Lower is "of" or "for")
        {
            of = clause.Text.MentionsIn(role.End + 1, tokens.Length).FirstOrDefault(m => m.First - role.End <= 3 && m.Mention.Entity.Kind != EntityKind.Person).Mention?.Entity.Id;
        }

        var personEntity = clause.Text.MentionsIn(0, tokens.Length).FirstOrDefault(m => m.Mention.Entity.Kind == EntityKind.Person).Mention?.Entity;
        var person = personEntity?.Id ?? UnknownPerson(clause, role);
        if (person is null)
        {
            return null;
        }

        // "Prime Minister Mohammed Shia al-Sudani": a title right before a known person is an office of the person's country.
        if (of is null && personEntity is { RelatedTo: { } country } && entities.TryGet(country, out var countryEntity) && countryEntity.Kind == EntityKind.Country
            && clause.Text.MentionsIn(role.End, Math.Min(tokens.Length, role.End + 2)).Any(m => m.Mention.Entity.Id == personEntity.Id))
        {
            of = country;
        }

        // "Norway's budget rose under Prime Minister X": the one country of the clause before the title, for a head of
        // government (not the place of what the title holder did: "Prime Minister X visited Canberra").
        if (of is null && role.Value is "prime minister" or "president" or "chancellor" or "king" or "emir")
        {
            var countries = clause.Text.MentionsIn(0, role.Index).Select(m => m.Mention.Entity).Where(e => e.Kind == EntityKind.Country).Select(e => e.Id).Distinct().ToList();
            of = countries.Count == 1 ? countries[0] : null;
        }

        if (of is null)
        {
            return null;
        }

        // "ambassador to Turkey": the destination is part of the role.
        var roleText = role.Value;
        var destinationAt = tokens[role.End - 1].Lower == "to" ? role.End : role.End + 1 < tokens.Length && tokens[role.End].Lower == "to" ? role.End + 1 : -1;
        if (destinationAt >= 0 && destinationAt < tokens.Length && clause.Text.MentionAt(destinationAt) is { } destination)
        {
            roleText = $"{role.Value} to {destination.Text}";
        }

        var frame = new FrameBuilder(ClaimKind.Office).Entity("person", person).Text("role", roleText).Entity("of", of).Anchor(role.Index).Build(clause);
        // A title ("Foreign Minister X visited…") holds over a span, so the date of the act it comes with is not its date.
        return IsCopulaNear(tokens, role.Index, role.End) ? frame : frame with { IsPresupposed = true, Time = null };
    }

    // "X is the prime minister", "X serves as president", "Denmark's prime minister is X".
    private static bool IsCopulaNear(ImmutableArray<Token> tokens, int index, int end = -1)
    {
        end = Math.Max(end, index + 1);
        for (var i = Math.Max(0, index - 3); i < Math.Min(tokens.Length, end + 4); i++)
        {
            if ((i < index || i >= end) && tokens[i].Lower is "is" or "was" or "as" or "became" or "remains")
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised name the registry does not know ("Haider al-Abadi is the prime minister"): a different person.
    private static string? UnknownPerson(ClauseContext clause, PhraseMatch<string> role)
    {
        var tokens = clause.Tokens;
        var names = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i >= role.Index && i < role.End)
            {
                continue;
            }

            if (tokens[i].IsWord && (tokens[i].IsCapitalised || tokens[i].Lower.StartsWith("al-", StringComparison.Ordinal)) && !clause.Text.IsInMention(i) && i > 0 || (i == 0 && tokens[i].IsCapitalised && !clause.Text.IsInMention(i) && !clause.Lexicon.Stopwords.Contains(tokens[i].Stem)))
            {
                if (!clause.Lexicon.Stopwords.Contains(tokens[i].Stem) && tokens[i].Lower is not ("prime" or "minister" or "president"))
                {
                    names.Add(tokens[i].Lower);
                }
            }
            else if (names.Count > 0)
            {
                break;
            }
        }

        // "the Embassy Protection Directorate", "the Joint Operations Command": a body's name, not a person's.
        return names.Count >= 2 && !ProperNames.IsInstitutionHead(names[^1]) ? OfficeDirectory.UnknownPersonPrefix + string.Join('-', names) : null;
    }

    // ---------------------------------------------------------------- statement

    // A participle or relative clause after a noun ("a resolution demanding", "the vote that demanded"), or the word
    // used as a noun ("a German request"): it is not what the subject said.
    private bool IsNotASpeakersVerb(ClauseContext clause, int index)
    {
        var tokens = clause.Tokens;

        // "a German request", "the appeal", "Palestinian demands": the word is a noun here, not the subject's verb.
        if (index > 0 && (tokens[index - 1].Lower is "a" or "an" or "the" or "its" or "their" or "his" or "her"
            || (clause.Text.MentionAt(index - 1) is { } before && before.Entity.Demonyms.Any(d => tokens[index - 1].Lower.StartsWith(d.ToLowerInvariant(), StringComparison.Ordinal)))))
        {
            return true;
        }

        // "agreed to requests from Cambodia", "responded to demands": after "to", a form with -s is a noun, not a verb.
        if (index > 0 && tokens[index - 1].Lower == "to" && tokens[index].Lower is [.., not ('s' or 'u' or 'i'), 's'])
        {
            return true;
        }

        // Nothing said after it ("…indifferent to Palestinian demands."): no content, so no statement.
        if (!Enumerable.Range(index + 1, Math.Max(0, tokens.Length - index - 1)).Any(k => tokens[k].IsWord && lexicon.IsContent(tokens[k])))
        {
            return true;
        }

        if (index > 0 && tokens[index - 1].Lower is "that" or "which" && index > 1 && tokens[index - 2].IsWord && !clause.Text.IsInMention(index - 2))
        {
            return true;
        }

        return ParticipleAfterNoun(clause, index);
    }

    // "…the vote of March 2022 demanding…", "the resolution calling for a truce": a participle after a noun or a date
    // says what that thing did, not what the clause's subject did (not after a verb or a comma).
    private bool ParticipleAfterNoun(ClauseContext clause, int index)
    {
        var tokens = clause.Tokens;
        return index > 0 && tokens[index].Lower.EndsWith("ing", StringComparison.Ordinal) && !clause.Text.IsInMention(index - 1)
            && (tokens[index - 1].Kind == TokenKind.Number
                || (tokens[index - 1].IsWord && lexicon.IsContent(tokens[index - 1]) && !lexicon.IsVerb(tokens[index - 1]) && !Lexicon.IsBeForm(tokens[index - 1].Lower)));
    }

    private Frame? ReadStatement(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        // Not a verb that says what a thing did: "the resolution demanding…", "the vote that demanded…" are the
        // resolution's words, not the subject's.
        var verb = lexicon.Statement.FindAll(tokens).FirstOrDefault(v => !clause.Text.IsInMention(v.Index) && !IsNotASpeakersVerb(clause, v.Index));
        if (verb.Phrase is null)
        {
            return null;
        }

        // "Baghdad Operations Commander, Lieutenant General Al-Tamimi, confirmed…": a person before the verb is the speaker.
        var speaker = clause.Text.MentionsIn(0, verb.Index).FirstOrDefault(m => m.Mention.Entity.Kind == EntityKind.Person).Mention?.Entity.Id
            ?? SubjectId(clause) ?? offices.ResolveRoleAt(clause, 0);
        if (speaker is null)
        {
            return null;
        }

        var end = tokens.Length;
        if (clause.Date is { } date && date.First > verb.End)
        {
            end = date.First;
        }

        var content = clause.Text.Slice(verb.Index, end).TrimEnd('.', ' ');

        // "“This is an act of piracy,” the foreign secretary said.": the quotation before the verb is what was said.
        var quoteEnd = Array.FindLastIndex(tokens.ToArray(), verb.Index, t => t.Text is "\"" or "\u201D");
        if (tokens.Length > 0 && tokens[0].Text is "\"" or "\u201C" && quoteEnd > 0)
        {
            content = clause.Text.Slice(1, quoteEnd).Trim(',', ' ');
        }
        // What it is about: a named conflict, an unnamed one ("the ongoing war"), or the country it concerns.
        var contentMentions = clause.Text.MentionsIn(verb.End, end).Select(m => m.Mention.Entity).Where(e => e.Id != speaker).ToList();
        var topic = contentMentions.FirstOrDefault(e => e.Kind == EntityKind.Event)?.Id
            ?? (lexicon.Stance.TopicNouns.FindAll(tokens, verb.End, end).Any() ? AnyConflict : null)
            ?? contentMentions.FirstOrDefault(e => e.Kind == EntityKind.Country)?.Id;
        var builder = new FrameBuilder(ClaimKind.Statement).Entity("speaker", speaker).Text("content", content).Entity("topic", topic).Anchor(verb.Index);
        if (verb.End < tokens.Length && tokens[verb.End - 1].Lower == "on")
        {
            builder.Entity("addressee", clause.MentionsFrom(verb.End).FirstOrDefault(m => m.First - verb.End <= 2).Entity?.Id);
        }

        return builder.Build(clause);
    }

    // ---------------------------------------------------------------- quantity

    private Frame? ReadQuantity(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var quantity = lexicon.Quantity;
        var measure = quantity.Measures.FindAll(tokens).FirstOrDefault();
        if (measure.Phrase is null)
        {
            return null;
        }

        var direction = quantity.Directions.FindAll(tokens, measure.End).FirstOrDefault();
        var number = FindNumber(clause, quantity, measure.End);
        if (direction.Phrase is null && number is null)
        {
            return null;
        }

        var subject = SubjectId(clause);
        if (subject is null)
        {
            return null;
        }

        // The measure runs from the measure noun (with the words before it in its noun phrase) to the predicate.
        var measureStart = measure.Index;
        while (measureStart > 0 && tokens[measureStart - 1].IsWord && !clause.Text.IsInMention(measureStart - 1) && tokens[measureStart - 1].Lower is not ("'s" or "the" or "its" or "their"))
        {
            measureStart--;
        }

        var measureEnd = direction.Phrase is not null ? direction.Index : number!.Value.First;
        while (measureEnd > measure.End && tokens[measureEnd - 1].IsWord && (clause.Lexicon.Stopwords.Contains(tokens[measureEnd - 1].Stem) || clause.Lexicon.IsVerb(tokens[measureEnd - 1]) || quantity.Comparators.FindAll(tokens, measureEnd - 1, measureEnd).Any()))
        {
            measureEnd--;
        }

        var builder = new FrameBuilder(ClaimKind.Quantity).Entity("subject", subject).Text("measure", clause.Text.Slice(measureStart, measureEnd));
        if (direction.Phrase is not null)
        {
            builder.Value("direction", direction.Value).Consume(direction.Index, direction.Length).Anchor(direction.Index);
        }

        if (number is { } n)
        {
            // "from 75 billion kroner in 2022 to 100 billion kroner in 2024": the value reached, with its own year.
            var value = n.Value;
            for (var k = n.First + 1; k + 1 < tokens.Length; k++)
            {
                if (tokens[k].Lower == "to" && tokens[k + 1].Kind == TokenKind.Number && FindNumber(clause, quantity, k + 1) is { } reached)
                {
                    value = reached.Value;
                    for (var y = k + 2; y < Math.Min(tokens.Length, k + 7); y++)
                    {
                        if (tokens[y].IsYear && tokens[y - 1].Lower is "in" or "by"
                            && ClaimCheck.Claims.PartialDate.TryParse(tokens[y].Text, out var year))
                        {
                            builder.Time(year);
                            break;
                        }
                    }

                    break;
                }
            }

            builder.Number("value", value);
        }

        var cause = quantity.CauseMarkers.FindAll(tokens, measureEnd).FirstOrDefault();
        if (cause.Phrase is not null)
        {
            builder.Entity("cause", clause.MentionsFrom(cause.End).FirstOrDefault(m => m.First - cause.End <= 3).Entity?.Id);
        }

        return builder.Build(clause);
    }

    private static (double Value, int First)? FindNumber(ClauseContext clause, QuantityWords quantity, int start)
    {
        var tokens = clause.Tokens;
        for (var i = start; i < tokens.Length; i++)
        {
            // A year ("between 2006 and 2022") is a time, not a value.
            var isYear = tokens[i].Year is { } written && int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2199;
            if (tokens[i].Kind != TokenKind.Number || isYear || (clause.Date is { } date && i >= date.First && i < date.End))
            {
                continue;
            }

            if (!double.TryParse(tokens[i].Stem, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            if (i + 1 < tokens.Length && quantity.Scales.TryGetValue(tokens[i + 1].Lower, out var scale))
            {
                value *= scale;
            }

            var first = i;
            return (value, first);
        }

        return null;
    }
}
