using System.Collections.Immutable;

namespace ClaimCheck.Claims;

/// <summary>One slot of a claim kind: its name, type and whether a claim must fill it.</summary>
/// <param name="Name">The slot name as written in claims files (camelCase).</param>
/// <param name="Type">The type of value the slot holds.</param>
/// <param name="Required">Whether every claim of the kind must fill the slot.</param>
/// <param name="IsKey">Whether the slot identifies what the claim is about (a statement that does not cover it is not enough info).</param>
/// <param name="Vocabulary">For <see cref="SlotType.Value"/> slots, the allowed values.</param>
public sealed record SlotRole(string Name, SlotType Type, bool Required, bool IsKey, ImmutableArray<string> Vocabulary);
