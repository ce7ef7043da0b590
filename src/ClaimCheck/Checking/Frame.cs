using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Checking;

/// <summary>
/// What one atomic statement says, in the same typed slots as a <see cref="Claim"/>: the form in which
/// statements and claims are compared.
/// </summary>
public sealed record Frame
{
    /// <summary>The kind of fact.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>Filled slots by name.</summary>
    public required ImmutableSortedDictionary<string, SlotValue> Slots { get; init; }

    /// <summary>Asserted or denied.</summary>
    public Polarity Polarity { get; init; } = Polarity.Asserted;

    /// <summary>The date the statement gives, if any.</summary>
    public PartialDate? Time { get; init; }

    /// <summary>The id of the equivalence this reading came through (see knowledge.json), or null for a direct reading.</summary>
    public string? Via { get; init; }

    /// <summary>The explanation of that equivalence, for verdict explanations.</summary>
    public string? ViaExplanation { get; init; }

    /// <summary>
    /// True for a reading the statement takes for granted rather than asserts (a title: "Prime Minister X said…"):
    /// it can contradict the statement but not support it.
    /// </summary>
    public bool IsPresupposed { get; init; }

    /// <summary>
    /// True when the clause has a negation the reading did not place ("ties … with no long history behind them"):
    /// the reading may still contradict, but it cannot support.
    /// </summary>
    public bool HasUnplacedNegation { get; init; }

    /// <summary>
    /// True when a modal stands between the subject and the reading ("it will be the last state to normalize ties"):
    /// the reading is not asserted, so it neither supports nor contradicts, and is never drafted as a claim.
    /// </summary>
    public bool IsHypothetical { get; init; }

    /// <summary>
    /// True when the reading comes from a change ("left the union", "was suspended from the bloc"): a state that ended,
    /// which does not deny that it held before.
    /// </summary>
    public bool IsChange { get; init; }

    /// <summary>The value of slot <paramref name="name"/>, or null.</summary>
    public SlotValue? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;

    /// <summary>The frame of a claim (its content without provenance).</summary>
    public static Frame Of(Claim claim) => new() { Kind = claim.Kind, Slots = claim.Slots, Polarity = claim.Polarity, Time = claim.Time };

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(ClaimKinds.NameOf(Kind));
        text.Append(Polarity == Polarity.Denied ? " NOT(" : "(");
        text.AppendJoin(", ", Slots.Select(s => $"{s.Key}={s.Value}"));
        if (Time is { } time)
        {
            text.Append(", time=").Append(time);
        }

        return text.Append(')').ToString();
    }
}
