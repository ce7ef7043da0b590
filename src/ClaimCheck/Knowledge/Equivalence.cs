using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Knowledge;

/// <summary>
/// Two ways of saying the same thing, stated once as data. A statement frame that matches
/// <see cref="From"/> is also read as <see cref="To"/>, with variables (<c>?x</c>) carried over.
/// Example: "voted against X" at the UN = "voted for a resolution that condemns X".
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="From">The pattern to recognise.</param>
/// <param name="To">The equivalent reading.</param>
/// <param name="Explanation">Why they are the same (shown in explanations).</param>
public sealed record Equivalence(string Id, FramePattern From, FramePattern To, string Explanation);

/// <summary>
/// A pattern over a claim kind's slots. A slot value of <c>null</c> means "must be empty";
/// a value starting with <c>?</c> is a variable; any other value must be equal.
/// </summary>
/// <param name="Kind">The claim kind.</param>
/// <param name="Slots">Slot constraints by slot name.</param>
public sealed record FramePattern(ClaimKind Kind, ImmutableSortedDictionary<string, string?> Slots);
