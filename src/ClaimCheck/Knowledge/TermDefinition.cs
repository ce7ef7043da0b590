using System.Collections.Immutable;

namespace ClaimCheck.Knowledge;

/// <summary>
/// A term of the domain taxonomy: its canonical id, the words that name it, and the broader terms it belongs to
/// (fighter jets ⊂ military equipment). Buying fighter jets entails buying military equipment; not the reverse.
/// </summary>
/// <param name="Id">Canonical term id (kebab-case).</param>
/// <param name="Forms">Phrases that name the term ("fighter jets", "warplanes").</param>
/// <param name="Broader">Ids of broader terms.</param>
public sealed record TermDefinition(string Id, ImmutableArray<string> Forms, ImmutableArray<string> Broader);
