using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Entities;

/// <summary>
/// Reads entity files: the embedded <c>countries.json</c> and <c>organisations.json</c>, and a
/// claims folder's <c>entities.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// A file is either an array of entries or an object whose <c>entities</c> property is that
/// array (other top-level properties, such as <c>source</c> or <c>licence</c>, are ignored). An entry:
/// </para>
/// <code>
/// {
///   "id": "IRQ",                      // required; ordinal, unique within the file
///   "kind": "country",                // country | organisation (organization) | group | person | place | event | other;
///                                     //   defaults to the file's default kind
///   "name": "Iraq",                   // defaults to the id (meant for entries that only add forms to an existing id)
///   "officialName": "Republic of Iraq",          // optional; becomes the first alias
///   "aliases": [], "abbreviations": [], "capitals": [], "demonyms": [],   // optional
///   "description": "...", "role": "Prime Minister of Iraq",              // optional
///   "relatedTo": "IRQ",               // optional; "memberOf" is read as relatedTo when relatedTo is absent
///   "yields": ["Congolese"]           // optional; shared forms resolved to another entity, not this one
/// }
/// </code>
/// <para>Other properties (<c>unMember</c>, <c>region</c>, <c>subregion</c>, ...) are ignored.</para>
/// </remarks>
internal static class EntityFile
{
    /// <summary>Manifest resource name of the built-in countries (converted from world-countries).</summary>
    internal const string CountriesResource = "ClaimCheck.Resources.countries.json";

    /// <summary>Manifest resource name of the built-in organisations, groups, events and regions.</summary>
    internal const string OrganisationsResource = "ClaimCheck.Resources.organisations.json";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    /// <summary>Reads an entity file from disk.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="defaultKind">The kind of entries that do not give one.</param>
    /// <returns>The entities, in file order.</returns>
    /// <exception cref="InvalidDataException">The file is not valid JSON or an entry is invalid.</exception>
    internal static ImmutableArray<Entity> Load(string path, EntityKind defaultKind = EntityKind.Other) =>
        Parse(File.ReadAllText(path), defaultKind, path);

    /// <summary>Reads an entity file embedded in this assembly.</summary>
    /// <param name="resourceName">The manifest resource name, e.g. <see cref="CountriesResource"/>.</param>
    /// <param name="defaultKind">The kind of entries that do not give one.</param>
    /// <returns>The entities, in file order.</returns>
    internal static ImmutableArray<Entity> LoadResource(string resourceName, EntityKind defaultKind)
    {
        using var stream = typeof(EntityFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from {typeof(EntityFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), defaultKind, resourceName);
    }

    /// <summary>Parses the JSON text of an entity file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="defaultKind">The kind of entries that do not give one (<see cref="EntityKind.Other"/> unless given).</param>
    /// <param name="source">Where the text comes from, for error messages.</param>
    /// <returns>The entities, in file order.</returns>
    /// <exception cref="InvalidDataException">The text is not valid JSON or an entry is invalid.</exception>
    internal static ImmutableArray<Entity> Parse(string json, EntityKind defaultKind = EntityKind.Other, string source = "entities.json")
    {
        List<EntryDto?>? entries;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var root = JToken.ReadFrom(reader);
            var array = root switch
            {
                JArray a => a,
                JObject o when o["entities"] is JArray a => a,
                _ => throw new InvalidDataException($"{source}: expected an array of entities or an object with an 'entities' array."),
            };
            entries = array.ToObject<List<EntryDto?>>(Serializer);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }

        var result = ImmutableArray.CreateBuilder<Entity>(entries?.Count ?? 0);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var entry = entries![i] ?? throw new InvalidDataException($"{source}: entity #{i + 1} is null.");
            var id = entry.Id?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw new InvalidDataException($"{source}: entity #{i + 1} has no id.");
            }

            if (!ids.Add(id))
            {
                throw new InvalidDataException($"{source}: duplicate entity id '{id}'.");
            }

            var name = string.IsNullOrWhiteSpace(entry.Name) ? id : entry.Name.Trim();
            var aliases = new List<string?>();
            if (!string.IsNullOrWhiteSpace(entry.OfficialName))
            {
                aliases.Add(entry.OfficialName);
            }

            aliases.AddRange(entry.Aliases ?? []);
            result.Add(new Entity
            {
                Id = id,
                Kind = entry.Kind is null ? defaultKind : ParseKind(entry.Kind, source, id),
                Name = name,
                Aliases = Clean(aliases, exclude: name),
                Abbreviations = Clean(entry.Abbreviations),
                Capitals = Clean(entry.Capitals),
                Demonyms = Clean(entry.Demonyms),
                Description = Blank(entry.Description),
                Role = Blank(entry.Role),
                RelatedTo = Blank(entry.RelatedTo) ?? Blank(entry.MemberOf),
                YieldedForms = Clean(entry.Yields),
                Participants = Clean(entry.Participants),
            });
        }

        return result.MoveToImmutable();
    }

    /// <summary>Parses a kind name, case-insensitively; "organization" is accepted for <see cref="EntityKind.Organisation"/>.</summary>
    internal static EntityKind ParseKind(string kind, string source, string id)
    {
        var text = kind.Trim();
        if (text.Equals("organization", StringComparison.OrdinalIgnoreCase))
        {
            return EntityKind.Organisation;
        }

        foreach (var value in Enum.GetValues<EntityKind>())
        {
            if (text.Equals(value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new InvalidDataException($"{source}: entity '{id}' has unknown kind '{kind}'.");
    }

    private static ImmutableArray<string> Clean(IEnumerable<string?>? values, string? exclude = null)
    {
        if (values is null)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (exclude is not null)
        {
            seen.Add(exclude);
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var value in values)
        {
            var text = value?.Trim();
            if (!string.IsNullOrEmpty(text) && seen.Add(text))
            {
                builder.Add(text);
            }
        }

        return builder.ToImmutable();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class EntryDto
    {
        [JsonProperty("id")]
        public string? Id { get; set; }

        [JsonProperty("kind")]
        public string? Kind { get; set; }

        [JsonProperty("name")]
        public string? Name { get; set; }

        [JsonProperty("officialName")]
        public string? OfficialName { get; set; }

        [JsonProperty("aliases")]
        public List<string?>? Aliases { get; set; }

        [JsonProperty("abbreviations")]
        public List<string?>? Abbreviations { get; set; }

        [JsonProperty("capitals")]
        public List<string?>? Capitals { get; set; }

        [JsonProperty("demonyms")]
        public List<string?>? Demonyms { get; set; }

        [JsonProperty("description")]
        public string? Description { get; set; }

        [JsonProperty("role")]
        public string? Role { get; set; }

        [JsonProperty("relatedTo")]
        public string? RelatedTo { get; set; }

        [JsonProperty("memberOf")]
        public string? MemberOf { get; set; }

        [JsonProperty("participants")]
        public List<string?>? Participants { get; set; }

        [JsonProperty("yields")]
        public List<string?>? Yields { get; set; }
    }
}
