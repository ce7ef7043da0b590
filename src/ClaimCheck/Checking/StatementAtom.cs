using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>One atomic assertion found in a statement ("Iraq is in OPEC+ and has joined the sanctions" has two).</summary>
public sealed record StatementAtom
{
    /// <summary>The atom's words (for a split conjunction, the shared subject is included).</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the atom's own words in the statement.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the atom's own words in the statement.</summary>
    public required int Length { get; init; }

    /// <summary>Whether the atom asserts something checkable.</summary>
    public Modality Modality { get; init; } = Modality.Assertion;

    /// <summary>Asserted, or denied by a negation ("not", "has yet to", "refrained from"…).</summary>
    public Polarity Polarity { get; init; } = Polarity.Asserted;

    /// <summary>The entities mentioned, resolved through the registry.</summary>
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];

    /// <summary>The typed readings of the atom (empty when no frame fits; text alignment is used then).</summary>
    public ImmutableArray<Frame> Frames { get; init; } = [];

    /// <summary>A date the atom gives, if any.</summary>
    public PartialDate? Time { get; init; }

    /// <summary>
    /// True for a temporal subordinate clause ("When the Assembly condemned the invasion, …"): its setting, which can
    /// contradict the statement but, when the sources do not speak to it, does not keep the rest from being supported.
    /// </summary>
    public bool IsBackground { get; init; }
}
