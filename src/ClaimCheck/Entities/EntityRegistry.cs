using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ClaimCheck.Entities;

/// <summary>
/// An immutable set of canonical <see cref="Entity"/>s with a precomputed index of their names,
/// aliases, abbreviations, capitals and demonyms, to find them in text.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds every country and territory of the world-countries data
/// (<c>countries.json</c>) and the hand-curated organisations, groups, events and regions
/// (<c>organisations.json</c>). A claims folder adds its own entities (persons, ...) and forms with
/// <see cref="WithEntities"/>, which returns a new registry.
/// </para>
/// <para>
/// Matching (<see cref="FindMentions"/>, <see cref="Resolve"/>): proper names match only when
/// capitalised in the text ("Turkey", not "turkey"); all-caps forms match only in capitals
/// ("US", not "us"); lowercase words of a form ("war in", "al-") and a leading "the" match in
/// any case. See <see cref="FindMentions"/> for boundaries, possessives and plurals.
/// </para>
/// <para>
/// Ambiguity: when several entities share a form, it resolves to the entity whose own name it
/// is; then to a country over other kinds; then to the entity where it is the stronger form
/// (name, alias, abbreviation, capital, demonym, in that order); then to the entity registered
/// first. Known clashes between countries are settled in the data instead: a country lists a
/// shared form it gives up under <c>yields</c> ("Dominican" is the Dominican Republic's, not
/// Dominica's; "Congolese" the DR Congo's).
/// </para>
/// <para>Instances are immutable and safe to use from several threads.</para>
/// </remarks>
public sealed class EntityRegistry
{
    private static readonly Lazy<EntityRegistry> DefaultRegistry = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<Entity> _entities;
    private readonly FrozenDictionary<string, Entity> _byId;
    private readonly MentionIndex _index;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _seats;

    private EntityRegistry(ImmutableArray<Entity> entities)
    {
        _entities = entities;
        _byId = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _index = new MentionIndex(entities);
        _seats = entities.Where(e => e.Kind != EntityKind.Country).SelectMany(e => e.Capitals.Select(c => (Capital: c, e.Id)))
            .GroupBy(p => p.Capital, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Id).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The built-in registry: 250 countries and territories from world-countries (ODbL-1.0, see
    /// <c>docs/data-licences.md</c>) and the hand-curated organisations, groups, events and
    /// regions. Loaded from the embedded resources once, on first use.
    /// </summary>
    public static EntityRegistry Default => DefaultRegistry.Value;

    /// <summary>A registry with no entities (start from it to build one from scratch with <see cref="WithEntities"/>).</summary>
    public static EntityRegistry Empty { get; } = new([]);

    /// <summary>All entities, in registration order (the built-in countries by id, then the organisations, then additions).</summary>
    public IEnumerable<Entity> All => _entities;

    /// <summary>The number of entities.</summary>
    public int Count => _entities.Length;

    /// <summary>
    /// Returns a new registry with <paramref name="extra"/> added; this registry is unchanged.
    /// </summary>
    /// <param name="extra">The entities to add, in order.</param>
    /// <returns>The new registry.</returns>
    /// <remarks>
    /// An entity whose id is new is appended. An entity whose id already exists (this includes an
    /// earlier one in <paramref name="extra"/>) is <b>merged</b> into it, so a claims folder can
    /// add forms to a built-in country: the existing <see cref="Entity.Kind"/> and
    /// <see cref="Entity.Name"/> are kept (a different name in the extra becomes an alias,
    /// unless it merely repeats the id); aliases, abbreviations, capitals and demonyms are the
    /// union, existing ones first; <see cref="Entity.Description"/>, <see cref="Entity.Role"/> and
    /// <see cref="Entity.RelatedTo"/> are taken from the extra when it sets them.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="extra"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entity has an empty id or name.</exception>
    public EntityRegistry WithEntities(IEnumerable<Entity> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);

        var list = _entities.ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            positions[list[i].Id] = i;
        }

        foreach (var entity in extra)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(extra));
            if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
            {
                throw new ArgumentException($"Entity '{entity.Id}' must have a non-empty id and name.", nameof(extra));
            }

            if (positions.TryGetValue(entity.Id, out var position))
            {
                list[position] = Merge(list[position], entity);
            }
            else
            {
                positions[entity.Id] = list.Count;
                list.Add(entity);
            }
        }

        return new EntityRegistry([.. list]);
    }

    /// <summary>Gets the entity with the given id (ordinal, case-sensitive: "IRQ", "un").</summary>
    /// <param name="id">The id.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when an entity has that id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Entity? entity)
    {
        if (id is null)
        {
            entity = null;
            return false;
        }

        return _byId.TryGetValue(id, out entity);
    }

    /// <summary>Whether an entity has the given id (ordinal, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when an entity has that id.</returns>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>
    /// Looks up an entity by exact id, or else by one whole name, alias, abbreviation, capital or
    /// demonym (singular or plural), with the case rules of <see cref="FindMentions"/> and an
    /// optional leading "the". Meant for loaders that refer to entities by name.
    /// </summary>
    /// <param name="name">An id ("IRQ") or a form ("Iraq", "the United States", "US", "Baghdad", "Iraqis").</param>
    /// <returns>The entity, or <see langword="null"/> when nothing matches the whole of <paramref name="name"/>.</returns>
    public Entity? Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return _byId.TryGetValue(trimmed, out var byId) ? byId : _index.MatchWhole(trimmed)?.Entity;
    }

    /// <summary>
    /// Finds every mention of an entity in <paramref name="text"/>: non-overlapping, scanning left
    /// to right and taking the longest match at each position ("OPEC+" over "OPEC",
    /// "UN General Assembly" over "UN").
    /// </summary>
    /// <param name="text">The text to search, typically one sentence.</param>
    /// <returns>The mentions, in text order.</returns>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description>A mention starts at a word start and ends where no letter or digit follows, so
    /// "Iraq's" / "Iraq’s" give "Iraq" (the possessive is left out), "U.S.-led" gives "U.S.",
    /// "Russian-made" gives "Russian", and "Iran" is not found in "Iranian".</description></item>
    /// <item><description>A demonym also matches with a plural <c>s</c> ("Iraqis", "Americans").</description></item>
    /// <item><description>"the United States" and "United States" both match; the mention leaves out "the"
    /// unless the form includes it ("the West").</description></item>
    /// <item><description>Whitespace runs, typographic apostrophes and hyphen-like dashes in the text are
    /// treated as a space, <c>'</c> and <c>-</c>.</description></item>
    /// <item><description>Case: see <see cref="EntityRegistry"/>.</description></item>
    /// </list>
    /// The lookup is precomputed when the registry is built; a call costs one trie walk per word.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<EntityMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _index.FindAll(text);
    }

    /// <summary>The number of (entity, form) pairs indexed for matching.</summary>
    internal int IndexedFormCount => _index.FormCount;

    private static Entity Merge(Entity existing, Entity extra)
    {
        var aliases = existing.Aliases.AddRange(extra.Aliases);
        if (!string.Equals(extra.Name, existing.Name, StringComparison.Ordinal)
            && !string.Equals(extra.Name, extra.Id, StringComparison.Ordinal))
        {
            aliases = aliases.Add(extra.Name);
        }

        return existing with
        {
            Aliases = Distinct(aliases, existing.Name),
            Abbreviations = Distinct(existing.Abbreviations.AddRange(extra.Abbreviations)),
            Capitals = Distinct(existing.Capitals.AddRange(extra.Capitals)),
            Demonyms = Distinct(existing.Demonyms.AddRange(extra.Demonyms)),
            YieldedForms = Distinct(existing.YieldedForms.AddRange(extra.YieldedForms)),
            Participants = Distinct(existing.Participants.AddRange(extra.Participants)),
            Description = extra.Description ?? existing.Description,
            Role = extra.Role ?? existing.Role,
            RelatedTo = extra.RelatedTo ?? existing.RelatedTo,
        };
    }

    private static ImmutableArray<string> Distinct(ImmutableArray<string> values, string? exclude = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (exclude is not null)
        {
            seen.Add(exclude);
        }

        return [.. values.Where(seen.Add)];
    }

    private static EntityRegistry LoadDefault()
    {
        var countries = EntityFile.LoadResource(EntityFile.CountriesResource, EntityKind.Country);
        var organisations = EntityFile.LoadResource(EntityFile.OrganisationsResource, EntityKind.Other);
        return new EntityRegistry([.. countries, .. organisations]);
    }

    /// <summary>
    /// The bodies seated in a capital, which the capital may stand for ("Riga asked Brussels for funds": the EU). A
    /// mention of the capital resolves to its country; these are the other things it may mean.
    /// </summary>
    internal IEnumerable<string> SeatedIn(string capital) =>
        _seats.TryGetValue(capital, out var ids) ? ids : [];

    /// <summary>
    /// Whether two ids denote related things for checking: equal, an event and one of its parties ("Russia's invasion
    /// of Ukraine" and Russia), or an organ and its parent body (the General Assembly and the UN). A person is not
    /// related to their country: a statement about a person is not covered by a sentence about the country.
    /// </summary>
    internal bool AreRelated(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (!TryGet(a, out var ea) || !TryGet(b, out var eb))
        {
            return false;
        }

        return ea.Participants.Contains(b) || eb.Participants.Contains(a)
            || (ea.Kind == EntityKind.Organisation && ea.RelatedTo == b) || (eb.Kind == EntityKind.Organisation && eb.RelatedTo == a);
    }
}
