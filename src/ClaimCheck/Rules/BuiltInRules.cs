using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Analysis;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Rules;

/// <summary>The built-in rules, registered in one place. Ids are stable; docs/rules.md lists them with examples.</summary>
public static class BuiltInRules
{
    /// <summary>CC1001: the source says the opposite.</summary>
    public static RuleDescriptor PolarityConflict { get; } = new("CC1001", "polarity-conflict", "The source asserts what the statement denies, or denies what it asserts.", RuleSeverity.Error);

    /// <summary>CC1002: values that exclude each other.</summary>
    public static RuleDescriptor ExclusiveValue { get; } = new("CC1002", "exclusive-value", "The statement gives a value that the knowledge base says excludes the source's (abstained vs voted for).", RuleSeverity.Error);

    /// <summary>CC1003: same fact, another date.</summary>
    public static RuleDescriptor DateMismatch { get; } = new("CC1003", "date-mismatch", "The statement dates the fact differently from the source.", RuleSeverity.Error);

    /// <summary>CC1004: same measure, another number.</summary>
    public static RuleDescriptor NumberMismatch { get; } = new("CC1004", "number-mismatch", "The statement gives a different number for the same quantity.", RuleSeverity.Error);

    /// <summary>CC1005: an office with one holder.</summary>
    public static RuleDescriptor SingleHolder { get; } = new("CC1005", "single-holder", "The statement names a different holder of an office that has one holder at a time.", RuleSeverity.Error);

    /// <summary>CC1006: neutral vs taking sides.</summary>
    public static RuleDescriptor StanceConflict { get; } = new("CC1006", "stance-conflict", "The statement's stance excludes the source's (neutral vs siding with, condemning or opposing a party).", RuleSeverity.Error);

    /// <summary>CC1007: denial entailed by an exclusive value.</summary>
    public static RuleDescriptor ExclusionEntailment { get; } = new("CC1007", "exclusion-entailment", "The statement denies a value that the source's value excludes (did not vote for; the source says abstained).", RuleSeverity.Note);

    /// <summary>CC1008: support through taxonomy, implication or equivalence.</summary>
    public static RuleDescriptor TaxonomyEntailment { get; } = new("CC1008", "taxonomy-entailment", "The source entails the statement through the term taxonomy, a value implication or an equivalence.", RuleSeverity.Note);

    /// <summary>CC1009: the same fact.</summary>
    public static RuleDescriptor FrameMatch { get; } = new("CC1009", "frame-match", "The statement and a claim say the same thing in the same slots.", RuleSeverity.Note);

    /// <summary>
    /// Whether two figures differ by more than the 5% a source's rounding allows ("5 million" for 5.1 million): the
    /// tolerance CC1004 and CC1104 share. Two small whole numbers (counts under 100: "21 votes", "nine sites") must be
    /// equal, unless the statement gives its figure as approximate ("about 41").
    /// </summary>
    internal static bool FiguresDiffer(double stated, double known, bool approximate = false) =>
        !approximate && IsSmallCount(stated) && IsSmallCount(known) ? stated != known : Math.Abs(stated - known) > 0.05 * Math.Max(Math.Abs(stated), Math.Abs(known));

    // "21 votes to 1", "nine sites": a small whole number is a count, given exactly unless the statement says "about".
    private static bool IsSmallCount(double value) => value == Math.Floor(value) && Math.Abs(value) < 100;

    /// <summary>Whether one of the figures (normalised stems such as "37900000") is the stated one within rounding.</summary>
    internal static bool AnyWithinRounding(string stated, IEnumerable<string> figures, bool approximate = false) =>
        double.TryParse(stated, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && figures.Any(f => double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out var known) && !FiguresDiffer(value, known, approximate));

    /// <summary>CC1101: a source sentence says it.</summary>
    public static RuleDescriptor SentenceSupport { get; } = new("CC1101", "sentence-support", "A source sentence covers every entity and content word of the statement, with the same polarity.", RuleSeverity.Note);

    /// <summary>CC1102: a source sentence says the opposite.</summary>
    public static RuleDescriptor SentenceNegation { get; } = new("CC1102", "sentence-negation", "A source sentence covers the statement but with the opposite polarity.", RuleSeverity.Error);

    /// <summary>CC1103: a source sentence uses the antonym.</summary>
    public static RuleDescriptor SentenceAntonym { get; } = new("CC1103", "sentence-antonym", "A source sentence covers the statement except for a word it replaces with its antonym (rose vs fell).", RuleSeverity.Error);

    /// <summary>CC1104: a source sentence gives another number or year.</summary>
    public static RuleDescriptor SentenceNumber { get; } = new("CC1104", "sentence-number", "A source sentence covers the statement but gives a different number or year.", RuleSeverity.Error);

    /// <summary>CC1105: a source sentence gives the named thing another nationality.</summary>
    public static RuleDescriptor SentenceNationality { get; } = new("CC1105", "sentence-nationality", "A source sentence calls the named facility, ship or body a thing of one country (\"X, a US facility\"); a thing has one nationality, so the statement's other country is contradicted and the same one supported.", RuleSeverity.Error);

    /// <summary>CC1106: a source sentence says the same of another holder of the office the statement names.</summary>
    public static RuleDescriptor SentenceOfficeHolder { get; } = new("CC1106", "sentence-office-holder", "A source sentence says what the statement says, of another holder of the same office (\"Prime Minister X\" where the source names Prime Minister Y, and never X); an office has one holder in a fact, so the statement is contradicted.", RuleSeverity.Error);

    /// <summary>CC1107: a source sentence says the same happened in another place.</summary>
    public static RuleDescriptor SentencePlace { get; } = new("CC1107", "sentence-place", "A source sentence says what the statement says, in another place (\"in Niamey\" where the statement says \"in Ouagadougou\", and never names it); one event happens in one place, so the statement is contradicted.", RuleSeverity.Error);

    /// <summary>CC1108: a source sentence says the same of another institution or place with the same head noun.</summary>
    public static RuleDescriptor SentenceName { get; } = new("CC1108", "sentence-name", "A source sentence says what the statement says, of another institution or place with the same head noun (\"the Ministry of Interior\" where the statement says \"the Ministry of Defence\", and never names it); the statement is contradicted.", RuleSeverity.Error);

    /// <summary>CC1109: a source sentence gives the statement's words to another person.</summary>
    public static RuleDescriptor SentenceSpeaker { get; } = new("CC1109", "sentence-speaker", "A source sentence says what the statement reports, as the words of another named person (\"Minister X said…\" where the source quotes Y, and never X); the statement misattributes them, so it is contradicted.", RuleSeverity.Error);

    /// <summary>CC1901: conjunction aggregation.</summary>
    public static RuleDescriptor Conjunction { get; } = new("CC1901", "conjunction", "A statement with several atoms is contradicted if any atom is, supported if all are (a temporal setting the sources do not speak to aside), else not enough info.", RuleSeverity.Note);

    /// <summary>CC1902: not an assertion.</summary>
    public static RuleDescriptor NonAssertion { get; } = new("CC1902", "non-assertion", "Questions, conditionals, predictions and opinions assert nothing checkable (a prediction is compared only with a plan a source states itself).", RuleSeverity.Note);

    /// <summary>CC1903: nothing known about the subject.</summary>
    public static RuleDescriptor NoClaim { get; } = new("CC1903", "no-claim", "No claim or source sentence is about the statement's entities.", RuleSeverity.Warning);

    /// <summary>CC1904: claims exist but do not cover the statement.</summary>
    public static RuleDescriptor PartialMatch { get; } = new("CC1904", "partial-match", "Claims about the subject exist but none covers the statement's relation, object or value.", RuleSeverity.Warning);

    /// <summary>CC1905: the sources disagree.</summary>
    public static RuleDescriptor ConflictingEvidence { get; } = new("CC1905", "conflicting-evidence", "Some evidence supports the statement and some contradicts it; the checker does not pick.", RuleSeverity.Warning);

    /// <summary>The frame rules, in evaluation order (contradictions first).</summary>
    internal static ImmutableArray<IClaimRule> FrameRules { get; } =
    [
        new PolarityConflictRule(),
        new ExclusiveValueRule(),
        new StanceConflictRule(),
        new SingleHolderRule(),
        new DateMismatchRule(),
        new NumberMismatchRule(),
        new ExclusionEntailmentRule(),
        new TaxonomyEntailmentRule(),
        new FrameMatchRule(),
    ];

    /// <summary>Rules applied by the engine itself rather than per frame: text alignment and aggregation.</summary>
    internal static ImmutableArray<RuleDescriptor> EngineDescriptors { get; } =
        [SentenceSupport, SentenceNegation, SentenceAntonym, SentenceNumber, SentenceNationality, SentenceOfficeHolder, SentencePlace, SentenceName, SentenceSpeaker, Conjunction, NonAssertion, NoClaim, PartialMatch, ConflictingEvidence];

    private sealed class PolarityConflictRule : FrameRule
    {
        public override RuleDescriptor Descriptor => PolarityConflict;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion)
        {
            if (SamePolarity(context, claim) || FrameMatcher.DatesConflict(context.Frame, claim))
            {
                return null;
            }

            // "Venezuela was suspended from Mercosur" does not deny "Venezuela was admitted in 2012": a state that ended
            // held before. (An undated "Kenya is a member" is the present state, which leaving does deny.)
            if (context.Frame.IsChange && claim.Polarity == Polarity.Asserted && context.Frame.Time is null && claim.Time is not null)
            {
                return null;
            }

            var opposite = context.Frame.Polarity == Polarity.Asserted
                ? relation is ValueRelation.Equal or ValueRelation.StatementImpliesClaim
                : relation is ValueRelation.Equal or ValueRelation.ClaimImpliesStatement;
            return opposite ? (Verdict.Contradicted, $"The source says {Quote(claim)}: the opposite of the statement.") : null;
        }
    }

    private sealed class ExclusiveValueRule : FrameRule
    {
        public override RuleDescriptor Descriptor => ExclusiveValue;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion) =>
            context.Frame.Kind != ClaimKind.Stance && relation == ValueRelation.Exclusive && context.Frame.Polarity == Polarity.Asserted && claim.Polarity == Polarity.Asserted
                ? (Verdict.Contradicted, $"The source says {Quote(claim)}; {Lower(exclusion!.Reason)}")
                : null;
    }

    private sealed class StanceConflictRule : FrameRule
    {
        public override RuleDescriptor Descriptor => StanceConflict;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion) =>
            context.Frame.Kind == ClaimKind.Stance && relation == ValueRelation.Exclusive && context.Frame.Polarity == Polarity.Asserted && claim.Polarity == Polarity.Asserted
                ? (Verdict.Contradicted, $"The source says {Quote(claim)}; {Lower(exclusion!.Reason)}")
                : null;
    }

    private sealed class SingleHolderRule : IClaimRule
    {
        public RuleDescriptor Descriptor => SingleHolder;

        // Two readings agree on the "per" slots (role and country) but name different holders (persons); or,
        // for a rule whose holder is the country, the same person and role for another country.
        public RuleOutcome? Evaluate(RuleContext context)
        {
            var frame = context.Frame;
            if (frame.Polarity != Polarity.Asserted)
            {
                return null;
            }

            var claims = ImmutableArray.CreateBuilder<Claim>();
            string? explanation = null;
            foreach (var rule in context.Knowledge.SingleHolders.Where(r => r.Kind == frame.Kind))
            {
                foreach (var claim in context.Candidates)
                {
                    if (claim.Kind != frame.Kind || claim.Polarity != Polarity.Asserted || !Applies(rule, claim, context)
                        || !rule.EntityKinds.All(k => OfKinds(context, frame.Slot(k.Key), k.Value) && OfKinds(context, claim.Slot(k.Key), k.Value))
                        || !rule.Per.All(slot => SameSlot(context, frame, claim, slot))
                        || frame.Slot(rule.Holder)?.First is not { } stated || claim.Slot(rule.Holder)?.First is not { } known
                        || frame.Slot(rule.Holder)!.Values.Intersect(claim.Slot(rule.Holder)!.Values, StringComparer.Ordinal).Any())
                    {
                        continue;
                    }

                    claims.Add(claim);
                    explanation ??= $"The source says {FrameRule.Quote(claim)}, naming {context.NameOf(known)}, not {context.NameOf(stated)}; {Lower(rule.Reason)}";
                }
            }

            return claims.Count == 0 ? null : new RuleOutcome(Verdict.Contradicted, claims.ToImmutable(), explanation!);
        }

        private static bool Applies(Knowledge.SingleHolder rule, Claim claim, RuleContext context)
        {
            if (rule.Values.IsEmpty)
            {
                return true;
            }

            // The rule's values restrict its first text or value slot among "per" (the office's role, the event's action).
            var slot = rule.Per.FirstOrDefault(p => ClaimKinds.FindRole(rule.Kind, p)?.Type is SlotType.Text or SlotType.Value);
            var value = slot is null ? null : claim.Slot(slot)?.First;
            return value is not null && rule.Values.Contains(Canonical(context, slot!, value), StringComparer.OrdinalIgnoreCase);
        }

        // Whether the slot names entities, all of one of these kinds.
        private static bool OfKinds(RuleContext context, SlotValue? value, ImmutableArray<EntityKind> kinds) =>
            value is { Values.Length: > 0 } && value.Values.All(id => context.Entities.TryGet(id, out var entity) && kinds.Contains(entity.Kind));

        private static bool SameSlot(RuleContext context, Frame frame, Claim claim, string slot)
        {
            var a = frame.Slot(slot);
            var b = claim.Slot(slot);
            if (a is null || b is null)
            {
                return false;
            }

            return a.Type == SlotType.Entities || b.Type == SlotType.Entities
                ? a.Values.Intersect(b.Values, StringComparer.Ordinal).Any()
                : Canonical(context, slot, a.First) == Canonical(context, slot, b.First);
        }

        private static string Canonical(RuleContext context, string slot, string value) => slot switch
        {
            "role" => context.Matcher.RoleOf(value),
            "action" => context.Matcher.ActionOf(value),
            _ => value,
        };
    }

    private sealed class DateMismatchRule : FrameRule
    {
        public override RuleDescriptor Descriptor => DateMismatch;

        // Another year contradicts a one-time fact (a withdrawal, a vote, a removal), not a measure that recurs every year.
        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion) =>
            context.Frame.Kind != ClaimKind.Quantity
            && SamePolarity(context, claim) && relation is ValueRelation.Equal or ValueRelation.ClaimImpliesStatement && FrameMatcher.DatesConflict(context.Frame, claim)
                ? (Verdict.Contradicted, $"The source dates it {claim.Time}, not {context.Frame.Time}: {Quote(claim)}.")
                : null;
    }

    private sealed class NumberMismatchRule : FrameRule
    {
        public override RuleDescriptor Descriptor => NumberMismatch;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion)
        {
            // Numbers compare only for the same moment: "75 billion in 2022" says nothing against "100 billion in 2024".
            if (context.Frame.Slot("value")?.Number is not { } stated || claim.Slot("value")?.Number is not { } known || !SamePolarity(context, claim)
                || context.Frame.Time is not { } when || claim.Time is not { } then || !when.IsCompatibleWith(then))
            {
                return null;
            }

            return FiguresDiffer(stated, known)
                ? (Verdict.Contradicted, $"The source gives {known.ToString("G", CultureInfo.InvariantCulture)}, not {stated.ToString("G", CultureInfo.InvariantCulture)}: {Quote(claim)}.")
                : null;
        }
    }

    private sealed class ExclusionEntailmentRule : FrameRule
    {
        public override RuleDescriptor Descriptor => ExclusionEntailment;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion) =>
            relation == ValueRelation.Exclusive && context.Frame.Polarity == Polarity.Denied && claim.Polarity == Polarity.Asserted
            && !FrameMatcher.DatesConflict(context.Frame, claim) && !FrameMatcher.DateUnsupported(context.Frame, claim)
                ? (Verdict.Supported, $"The source says {Quote(claim)}; {Lower(exclusion!.Reason)} So the denial holds.")
                : null;
    }

    private sealed class TaxonomyEntailmentRule : FrameRule
    {
        public override RuleDescriptor Descriptor => TaxonomyEntailment;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion)
        {
            if (!SamePolarity(context, claim) || FrameMatcher.DatesConflict(context.Frame, claim) || FrameMatcher.DateUnsupported(context.Frame, claim))
            {
                return null;
            }

            var entailed = context.Frame.Polarity == Polarity.Asserted ? relation == ValueRelation.ClaimImpliesStatement : relation == ValueRelation.StatementImpliesClaim;
            var viaTerms = relation == ValueRelation.Equal && UsesBroaderTerms(context.Frame, claim);
            var viaEquivalence = relation == ValueRelation.Equal && context.Frame.Via is not null;
            return entailed || viaTerms || viaEquivalence
                ? (Verdict.Supported, $"The source says {Quote(claim)}, which entails the statement.")
                : null;
        }

        private static bool UsesBroaderTerms(Frame frame, Claim claim)
        {
            var items = claim.Slot("items")?.Values ?? [];
            return frame.Slot("items")?.Values.Any(i => !items.Contains(i)) ?? false;
        }
    }

    private sealed class FrameMatchRule : FrameRule
    {
        public override RuleDescriptor Descriptor => FrameMatch;

        protected override (Verdict, string)? Judge(RuleContext context, Claim claim, ValueRelation relation, ExclusiveValues? exclusion) =>
            relation == ValueRelation.Equal && SamePolarity(context, claim) && context.Frame.Via is null
            && !FrameMatcher.DatesConflict(context.Frame, claim) && !FrameMatcher.DateUnsupported(context.Frame, claim)
            && (context.Frame.Slot("items")?.Values.All(i => claim.Slot("items")!.Values.Contains(i)) ?? true)
                ? (Verdict.Supported, $"The source says {Quote(claim)}.")
                : null;
    }

    private static string Lower(string sentence) => sentence.Length > 0 ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
}
