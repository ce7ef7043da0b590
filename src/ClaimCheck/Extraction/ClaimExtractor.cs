using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Globalization;
using ClaimCheck.Analysis;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Extraction;

/// <summary>
/// Drafts typed claims from a source: every sentence is read with the same frame readers as statements, so a
/// source sentence and a statement meet in the same slots. Drafts carry provenance (the whole sentence as the
/// quote) and a confidence; an editor reviews them before they become curated claims.
/// </summary>
internal sealed partial class ClaimExtractor
{
    private readonly StatementAnalyzer _analyzer;
    private readonly EntityRegistry _entities;

    public ClaimExtractor(EntityRegistry entities, DomainKnowledge knowledge, IEnumerable<Claim> knownClaims)
    {
        var lexicon = Lexicon.Default;
        _entities = entities;
        _analyzer = new StatementAnalyzer(lexicon, entities, new TermMatcher(knowledge, lexicon.Stemmer), new OfficeDirectory(knownClaims, lexicon));
    }

    public ImmutableArray<Claim> Extract(SourceDocument source)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Entity? previousSubject = null;
        ImmutableArray<Frame> previousFrames = [];
        Text.Sentence? previousSentence = null;
        Entity? lastOrganisation = null;
        ImmutableArray<Entity> previousGroup = [];

        // "the war", "the conflict" without a name mean the conflict the source talks about most.
        var conflict = _entities.FindMentions(source.Text).Where(m => m.Entity.Kind == EntityKind.Event)
            .GroupBy(m => m.Entity.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        foreach (var sentence in source.Sentences)
        {
            // The organisation "the union" refers to: the last one named before it, in this sentence or an earlier one.
            var mentions = _entities.FindMentions(sentence.Text);
            var commonNoun = OrganisationNoun().Match(sentence.Text) is { Success: true } noun ? noun.Index : sentence.Text.Length;
            var organisation = mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Organisation && m.Start < commonNoun)?.Entity ?? lastOrganisation;
            lastOrganisation = mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Organisation)?.Entity ?? organisation;
            var atoms = _analyzer.Analyze(sentence.Text, previousSubject, organisation, previousGroup, sourceSentence: true);
            var frames = new List<(Frame Frame, double Confidence)>();
            Text.Sentence? antecedent = null;
            foreach (var atom in atoms)
            {
                if (atom.Atom.Modality != Modality.Assertion || atom.Clause is null)
                {
                    continue;
                }

                var confidence = 0.85 - (atom.Clause.UsesCoreference ? 0.2 : 0) - (atoms.Length > 1 ? 0.1 : 0);
                frames.AddRange(atom.Atom.Frames.Where(f => !f.IsHypothetical).Select(f => (Resolve(f, conflict), confidence)));
                if (atom.Clause.Subject is { First: >= 0 } subject)
                {
                    previousSubject = subject.Entity;
                }

                if (atom.Clause.CoordinatedSubjects.Length >= 2 && !atom.Clause.UsesCoreference)
                {
                    previousGroup = atom.Clause.CoordinatedSubjects;
                }
            }

            // "So did Chile and Peru.": the previous sentence's facts, for these subjects.
            if (frames.Count == 0 && IsEllipsis(sentence.Text) && !previousFrames.IsEmpty)
            {
                antecedent = previousSentence;
                foreach (var mention in mentions)
                {
                    foreach (var frame in previousFrames)
                    {
                        if (StatementAnalyzer.SubjectSlot(frame.Kind) is { } slot && frame.Slot(slot) is { } value)
                        {
                            frames.Add((frame with { Slots = frame.Slots.SetItem(slot, new SlotValue(value.Type, [mention.Entity.Id])) }, 0.6));
                        }
                    }
                }
            }

            var number = 0;
            foreach (var (frame, confidence) in frames)
            {
                if (ToClaim(source, sentence, WithVoteContext(frame, sentence.Text, mentions), confidence, ++number, antecedent) is { } claim && seen.Add(Key(claim)))
                {
                    claims.Add(claim);
                }
            }

            if (frames.Count > 0)
            {
                previousFrames = [.. frames.Select(f => f.Frame)];
                previousSentence = sentence;
            }
        }

        return claims.ToImmutable();
    }

    private static Frame Resolve(Frame frame, string? conflict) =>
        conflict is not null && frame.Slot("topic")?.First == FrameReader.AnyConflict
            ? frame with { Slots = frame.Slots.SetItem("topic", new SlotValue(SlotType.Entity, [conflict])) }
            : frame;

    /// <summary>"So did Chile.", "As did Peru.", "Neither did Chile.": a sentence that repeats the previous predicate.</summary>
    internal static bool IsEllipsis(string sentence)
    {
        var lower = sentence.TrimStart().ToLowerInvariant();
        return EllipsisStarts.Any(lower.StartsWith);
    }

    private static readonly string[] EllipsisStarts = ["so did ", "so has ", "so have ", "so was ", "so were ", "so is ", "so are ", "as did ", "neither did ", "nor did ", "neither has ", "nor has "];

    /// <summary>
    /// "When the General Assembly voted on a resolution calling for a truce, Norway voted in favour…": a vote read in
    /// one clause takes the forum, motion and date the sentence gives in another.
    /// </summary>
    private static Frame WithVoteContext(Frame frame, string sentence, ImmutableArray<EntityMention> mentions)
    {
        if (frame.Kind != ClaimKind.Vote)
        {
            return frame;
        }

        var lexicon = Lexicon.Default;
        var tokens = Tokenizer.Tokenize(sentence, lexicon.Stemmer);
        var slots = frame.Slots;
        if (!slots.ContainsKey("forum") && mentions.FirstOrDefault(m => m.Entity.Id == "un" || m.Entity.RelatedTo == "un") is { } forum)
        {
            slots = slots.SetItem("forum", new SlotValue(SlotType.Entity, [forum.Entity.Id]));
        }

        if (!slots.ContainsKey("motion") && !slots.ContainsKey("target")
            && lexicon.Vote.MotionNouns.FindAll(tokens).FirstOrDefault(n => tokens[n.Index].Stem.StartsWith("resolut", StringComparison.Ordinal) || tokens[n.Index].Stem is "motion" or "draft") is { Phrase: not null } noun)
        {
            var end = noun.End;
            while (end < tokens.Length && tokens[end].Text is not ("," or ";" or "."))
            {
                end++;
            }

            slots = slots.SetItem("motion", new SlotValue(SlotType.Text, [sentence[tokens[noun.Index].Start..tokens[end - 1].End]]));

            // What the motion does and to whom ("demanding that Russia withdraw").
            if (!slots.ContainsKey("motionAction") && lexicon.Vote.MotionActions.FindAll(tokens, noun.End, end).FirstOrDefault() is { Phrase: not null } action)
            {
                slots = slots.SetItem("motionAction", new SlotValue(SlotType.Value, [action.Value]));
                var target = mentions.FirstOrDefault(m => m.Start >= tokens[action.Index].End && m.Start < tokens[end - 1].End && m.Entity.Kind is EntityKind.Country or EntityKind.Event);
                if (target is not null && !slots.ContainsKey("target"))
                {
                    slots = slots.SetItem("target", new SlotValue(SlotType.Entity, [target.Entity.Id]));
                }
            }
        }

        var time = frame.Time ?? DateFinder.Find(tokens)?.Date;
        return frame with { Slots = slots, Time = time };
    }

    private static Provenance Cite(SourceDocument source, Text.Sentence sentence) =>
        new(source.Id, sentence.Number, sentence.Start, sentence.Length, sentence.Text, sentence.Text, source.Sha256);

    private Claim? ToClaim(SourceDocument source, Text.Sentence sentence, Frame frame, double confidence, int number, Text.Sentence? antecedent = null)
    {
        var slots = frame.Slots;
        foreach (var (name, value) in frame.Slots)
        {
            // Readers' internal markers (an unnamed conflict, an unknown person, a model-specific item) are not claim values.
            if (value.Type is SlotType.Entity or SlotType.Entities && value.Values.Any(v => !_entities.Contains(v)))
            {
                return null;
            }

            if (ClaimKinds.FindRole(frame.Kind, name) is not { } role || (role.Type == SlotType.Value && !role.Vocabulary.Contains(value.First)))
            {
                slots = slots.Remove(name);
            }
        }

        if (ClaimKinds.RolesOf(frame.Kind).Any(r => r.Required && !slots.ContainsKey(r.Name)))
        {
            return null;
        }

        return new Claim
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{source.Id}.s{sentence.Number}.{ClaimKinds.NameOf(frame.Kind)}{number}"),
            Kind = frame.Kind,
            Polarity = frame.Polarity,
            Slots = slots,
            Time = frame.Time,
            // An elliptical sentence ("So did Chile.") cites the sentence it repeats as well.
            Provenance = antecedent is { } first ? [Cite(source, sentence), Cite(source, first)] : [Cite(source, sentence)],
            IsDraft = true,
            Confidence = Math.Round(Math.Clamp(confidence, 0.1, 0.95), 2),
        };
    }

    private static string Key(Claim claim) =>
        $"{claim.Kind}|{claim.Polarity}|{claim.Time}|{string.Join(';', claim.Slots.Select(s => s.Key + "=" + s.Value))}|{claim.Provenance[0].SentenceNumber}";

    // "the union", "the bloc": a common noun standing for an organisation named earlier.
    [GeneratedRegex(@"\bthe (union|alliance|bloc|organi[sz]ation|grouping|cartel|club|confederation|association)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationNoun();
}
