using System.Collections.Immutable;

namespace ClaimCheck.Entities;

/// <summary>
/// A canonical entity (a country, an organisation, a group, a person, ...) with the surface forms
/// that refer to it in text.
/// </summary>
/// <remarks>
/// Equality is by value, including the contents (not the identity) of the form lists. A list
/// property set to a default <see cref="ImmutableArray{T}"/> reads back as empty.
/// </remarks>
public sealed record Entity
{
    /// <summary>
    /// The stable id, compared ordinally (case-sensitively): the ISO 3166-1 alpha-3 code for the
    /// built-in countries ("IRQ", "USA"; Kosovo is "UNK" as in the source data), lowercase
    /// kebab-case for everything else ("un", "un-security-council", "west").
    /// </summary>
    public required string Id { get; init; }

    /// <summary>What sort of entity this is.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>The usual English name ("Iraq", "United Nations", "the West").</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings ("Republic of Iraq", "Britain", "Nato"), official names included.</summary>
    public ImmutableArray<string> Aliases { get; init => field = OrEmpty(value); } = [];

    /// <summary>Abbreviations and acronyms ("US", "U.S.", "UAE", "NATO"); all-caps ones only match text in capitals.</summary>
    public ImmutableArray<string> Abbreviations { get; init => field = OrEmpty(value); } = [];

    /// <summary>Capital cities, which news uses for a country's government ("Tehran", "Washington").</summary>
    public ImmutableArray<string> Capitals { get; init => field = OrEmpty(value); } = [];

    /// <summary>Demonyms and adjectives in the singular ("Iraqi", "American", "Western"); the plural in <c>s</c> matches too.</summary>
    public ImmutableArray<string> Demonyms { get; init => field = OrEmpty(value); } = [];

    /// <summary>A short free-text description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>For persons, their role or office (e.g. "Prime Minister of Iraq").</summary>
    public string? Role { get; init; }

    /// <summary>
    /// The id of a related entity: a person's country, an organ's parent organisation
    /// (the UN Security Council's is "un"), a territory's country.
    /// </summary>
    public string? RelatedTo { get; init; }

    /// <summary>
    /// For events such as wars, the ids of the parties to them ("RUS", "UKR"): a statement about
    /// "Russia's invasion of Ukraine" concerns both.
    /// </summary>
    public ImmutableArray<string> Participants { get; init => field = OrEmpty(value); } = [];

    /// <summary>
    /// Forms this entity lists but gives up to another entity when the two share them (from the
    /// data's <c>yields</c>): they are kept for display but not indexed for this entity, so
    /// "Dominican" resolves to the Dominican Republic, not Dominica.
    /// </summary>
    internal ImmutableArray<string> YieldedForms { get; init => field = OrEmpty(value); } = [];

    /// <summary>Compares two entities by value, including the contents of their form lists.</summary>
    /// <param name="other">The entity to compare with.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(Entity? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && Kind == other.Kind
                && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
                && Abbreviations.SequenceEqual(other.Abbreviations, StringComparer.Ordinal)
                && Capitals.SequenceEqual(other.Capitals, StringComparer.Ordinal)
                && Demonyms.SequenceEqual(other.Demonyms, StringComparer.Ordinal)
                && YieldedForms.SequenceEqual(other.YieldedForms, StringComparer.Ordinal)
                && Participants.SequenceEqual(other.Participants, StringComparer.Ordinal)
                && string.Equals(Description, other.Description, StringComparison.Ordinal)
                && string.Equals(Role, other.Role, StringComparison.Ordinal)
                && string.Equals(RelatedTo, other.RelatedTo, StringComparison.Ordinal)));

    /// <summary>A hash code consistent with <see cref="Equals(Entity?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, Aliases.Length, Demonyms.Length, Capitals.Length);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Kind = {Kind}, Name = {Name}");
        Append(builder, nameof(Aliases), Aliases);
        Append(builder, nameof(Abbreviations), Abbreviations);
        Append(builder, nameof(Capitals), Capitals);
        Append(builder, nameof(Demonyms), Demonyms);
        if (Description is not null)
        {
            builder.Append($", Description = {Description}");
        }

        if (Role is not null)
        {
            builder.Append($", Role = {Role}");
        }

        if (RelatedTo is not null)
        {
            builder.Append($", RelatedTo = {RelatedTo}");
        }

        return true;

        static void Append(System.Text.StringBuilder builder, string name, ImmutableArray<string> values)
        {
            if (!values.IsEmpty)
            {
                builder.Append($", {name} = [{string.Join(", ", values)}]");
            }
        }
    }

    /// <summary>All the forms this entity is matched by, with their kind, name first.</summary>
    internal IEnumerable<(string Text, MentionForm Form)> Forms()
    {
        yield return (Name, MentionForm.Name);
        foreach (var alias in Aliases)
        {
            yield return (alias, MentionForm.Alias);
        }

        foreach (var abbreviation in Abbreviations)
        {
            yield return (abbreviation, MentionForm.Abbreviation);
        }

        foreach (var capital in Capitals)
        {
            yield return (capital, MentionForm.Capital);
        }

        foreach (var demonym in Demonyms)
        {
            yield return (demonym, MentionForm.Demonym);
        }
    }

    private static ImmutableArray<string> OrEmpty(ImmutableArray<string> value) => value.IsDefault ? [] : value;
}
