using System.Collections.Immutable;

namespace ClaimCheck.Claims;

/// <summary>
/// A typed, sourced statement of fact: what the sources say, in slots a rule can compare.
/// </summary>
public sealed record Claim
{
    /// <summary>Stable id, unique in a claim base.</summary>
    public required string Id { get; init; }

    /// <summary>What the claim states; decides which slots it has.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>Whether the content is asserted or denied.</summary>
    public Polarity Polarity { get; init; } = Polarity.Asserted;

    /// <summary>The filled slots, by slot name (see <see cref="ClaimKinds.RolesOf"/>).</summary>
    public required ImmutableSortedDictionary<string, SlotValue> Slots { get; init; }

    /// <summary>When the content holds or happened, if the source says.</summary>
    public PartialDate? Time { get; init; }

    /// <summary>Hedges and frequency words from the source ("often", "historically", "generally").</summary>
    public ImmutableArray<string> Qualifiers { get; init; } = [];

    /// <summary>The source sentences the claim rests on; never empty.</summary>
    public required ImmutableArray<Provenance> Provenance { get; init; }

    /// <summary>True for a claim drafted by the extractor and not yet reviewed by an editor.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The extractor's confidence in a draft claim (0 to 1); null for curated claims.</summary>
    public double? Confidence { get; init; }

    /// <summary>The value of slot <paramref name="name"/>, or null when the claim leaves it empty.</summary>
    public SlotValue? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;

    /// <summary>All entity ids the claim refers to, in slot order.</summary>
    public IEnumerable<string> EntityIds()
    {
        foreach (var (name, value) in Slots)
        {
            if (value.Type is SlotType.Entity or SlotType.Entities)
            {
                foreach (var id in value.Values)
                {
                    yield return id;
                }
            }
        }
    }
}
