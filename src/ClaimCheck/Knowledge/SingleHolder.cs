using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Knowledge;

/// <summary>
/// A relation that allows one holder at a time: one prime minister of a country.
/// Two claims of <see cref="Kind"/> that agree on <see cref="Per"/> but name different <see cref="Holder"/>s conflict.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Kind">The claim kind (usually office).</param>
/// <param name="Holder">The slot naming the holder (e.g. person).</param>
/// <param name="Per">The slots that identify the position (e.g. role and of).</param>
/// <param name="Values">When not empty, the rule applies only when the first <see cref="Per"/> slot has one of these values (e.g. the roles "prime minister" and "president").</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record SingleHolder(string Id, ClaimKind Kind, string Holder, ImmutableArray<string> Per, ImmutableArray<string> Values, string Reason)
{
    /// <summary>
    /// When not empty, the rule applies only when each of these slots names entities of the given kinds (a leader is
    /// removed from power once: the object is a person, not "visa requirements for Africans").
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<EntityKind>> EntityKinds { get; init; } = ImmutableDictionary<string, ImmutableArray<EntityKind>>.Empty;
}
