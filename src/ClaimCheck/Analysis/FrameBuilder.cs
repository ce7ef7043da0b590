using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;

namespace ClaimCheck.Analysis;

/// <summary>Small helper to assemble a frame's slots.</summary>
internal sealed class FrameBuilder(ClaimKind kind)
{
    private readonly ImmutableSortedDictionary<string, SlotValue>.Builder _slots = ImmutableSortedDictionary.CreateBuilder<string, SlotValue>(StringComparer.Ordinal);
    private readonly HashSet<int> _consumed = [];
    private int _anchor = int.MaxValue;
    private ClaimCheck.Claims.PartialDate? _time;

    public ClaimKind Kind { get; } = kind;

    public FrameBuilder Entity(string slot, string? id)
    {
        if (id is not null)
        {
            _slots[slot] = new SlotValue(SlotType.Entity, [id]);
        }

        return this;
    }

    public FrameBuilder Entities(string slot, IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (!list.IsEmpty)
        {
            _slots[slot] = new SlotValue(SlotType.Entities, list);
        }

        return this;
    }

    public FrameBuilder Value(string slot, string? value)
    {
        if (value is not null)
        {
            _slots[slot] = new SlotValue(SlotType.Value, [value]);
        }

        return this;
    }

    public FrameBuilder Text(string slot, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _slots[slot] = new SlotValue(SlotType.Text, [text.Trim()]);
        }

        return this;
    }

    public FrameBuilder Terms(string slot, IEnumerable<string> terms)
    {
        var list = terms.Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (!list.IsEmpty)
        {
            _slots[slot] = new SlotValue(SlotType.Terms, list);
        }

        return this;
    }

    public FrameBuilder Number(string slot, double? number)
    {
        if (number is { } n)
        {
            _slots[slot] = new SlotValue(n);
        }

        return this;
    }

    /// <summary>Marks tokens the reader used as value words (a "rejected" that is a vote position is not a negation).</summary>
    public FrameBuilder Consume(int index, int length = 1)
    {
        for (var i = index; i < index + length; i++)
        {
            _consumed.Add(i);
        }

        return this;
    }

    /// <summary>
    /// The token the reading hangs on (trigger or value word). Only negation cues before it count:
    /// in "Iraq's relationship with Russia encouraged it to avoid steps…" the "avoid" does not deny the relationship.
    /// </summary>
    public FrameBuilder Anchor(int index)
    {
        _anchor = Math.Min(_anchor, index);
        _anchors.Add(index);
        return this;
    }

    private readonly List<int> _anchors = [];

    /// <summary>Overrides the clause's date ("from 75 billion in 2022 to 100 billion in 2024": the value's own year).</summary>
    public FrameBuilder Time(ClaimCheck.Claims.PartialDate time)
    {
        _time = time;
        return this;
    }

    // A trailing phrase after a comma (", reflecting a wish not to alienate either side") is not the reading's scope.
    private static bool SameSegment(ClauseContext clause, int from, int to)
    {
        for (var i = from + 1; i < to && i < clause.Tokens.Length; i++)
        {
            if (clause.Tokens[i].Text is "," or ";")
            {
                return false;
            }
        }

        return true;
    }

    public bool Has(string slot) => _slots.ContainsKey(slot);

    // "a request to buy", "a plan to sell", "an agreement to purchase": an act a noun proposes, not one that happened.
    private static bool ProposedAct(ClauseContext clause, int anchor)
    {
        var tokens = clause.Tokens;
        if (anchor < 2 || anchor >= tokens.Length || tokens[anchor - 1].Lower != "to")
        {
            return false;
        }

        // The noun may stand a date or a phrase away: "a German request in 2023 to buy…".
        for (var k = anchor - 2; k >= Math.Max(0, anchor - 5); k--)
        {
            var word = tokens[k];
            if (word.IsWord && !clause.Text.IsInMention(k) && word.Lower is "request" or "requests" or "plan" or "plans" or "proposal" or "proposals"
                or "offer" or "offers" or "bid" or "bids" or "agreement" or "agreements" or "deal" or "deals" or "contract" or "contracts" or "decision"
                or "intention" or "attempt" or "attempts" or "pledge" or "promise" or "option" or "talks" or "negotiations")
            {
                return true;
            }

            if (word.Text is "," or ";" || (word.IsWord && word.Lower is not ("in" or "of" or "for" or "from" or "with" or "the" or "a" or "an") && !word.IsCapitalised))
            {
                return false;
            }
        }

        return false;
    }


    /// <summary>
    /// The date of the reading. With one date in the clause, that date. With several ("entered Cambodia in December
    /// 1978 and removed the government in January 1979"), the one that follows the anchor in its own verb phrase,
    /// else the nearest one before it in the same segment; when neither is clear, none (never a wrong one).
    /// </summary>
    private PartialDate? TimeOfAnchor(ClauseContext clause)
    {
        var dates = DateFinder.FindAll(clause.Tokens);
        if (dates.Select(d => d.Date).Distinct().Count() <= 1 || _anchor == int.MaxValue)
        {
            return clause.Date?.Date;
        }

        // "In 2021 Indonesia abandoned a 2018 agreement to buy…": a year that qualifies a noun is not the act's time.
        if (dates.Any(d => !DateFinder.IsAttributive(clause.Tokens, d.First)))
        {
            dates = [.. dates.Where(d => !DateFinder.IsAttributive(clause.Tokens, d.First))];
            if (dates.Select(d => d.Date).Distinct().Count() == 1)
            {
                return dates[0].Date;
            }
        }

        var tokens = clause.Tokens;
        bool Breaks(Token token) => token.Text is "," or ";" || token.Lower is "that" or "which" or "who" or "and" or "but" or "while";
        var after = dates.FindIndex(d => d.First > _anchor) is >= 0 and var a ? dates[a] : ((PartialDate Date, int First, int End)?)null;
        if (after is { } next && next.First - _anchor <= 10 && !Enumerable.Range(_anchor + 1, next.First - _anchor - 1).Any(i => Breaks(tokens[i])))
        {
            return next.Date;
        }

        var before = dates.FindLastIndex(d => d.End <= _anchor) is >= 0 and var b ? dates[b] : ((PartialDate Date, int First, int End)?)null;
        if (before is { } previous && !Enumerable.Range(previous.End, _anchor - previous.End).Any(i => tokens[i].Lower is "and" or "but" or "while" or ";"))
        {
            return previous.Date;
        }

        return null;
    }

    public Frame Build(ClauseContext clause, bool flip = false) => new()
    {
        Kind = Kind,
        Slots = _slots.ToImmutable(),
        Polarity = clause.PolarityIgnoring(_consumed, flip, _anchor),
        Time = _time ?? TimeOfAnchor(clause),
        IsHypothetical = _anchors.Any(a => ProposedAct(clause, a)) || _anchor != int.MaxValue && Enumerable.Range(Math.Max(0, clause.PredicateIndex), Math.Max(0, Math.Min(_anchor, clause.Tokens.Length) - Math.Max(0, clause.PredicateIndex)))
            .Any(i => clause.Tokens[i].Lower is "will" or "would" or "could" or "might" or "may" or "shall" or "should" or "plans" or "planned" or "intends" or "aims" or "hopes"),
        HasUnplacedNegation = _anchor != int.MaxValue && !clause.IsPassive && clause.NegationCues.Any(cue => cue > _anchor && !_consumed.Contains(cue) && SameSegment(clause, _anchor, cue)),
    };
}
