using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;
using ClaimCheck.Storage;

namespace ClaimCheck.Claims;

/// <summary>
/// An immutable set of claims with their sources, entities and domain knowledge, plus the diagnostics
/// found while loading it. Loading never throws on bad data: problems become <see cref="Diagnostics"/>
/// and the claims that could be read are kept.
/// </summary>
public sealed class ClaimBase
{
    private readonly FrozenDictionary<string, Claim> _claimsById;
    private readonly FrozenDictionary<string, SourceDocument> _sourcesById;

    internal ClaimBase(
        ImmutableArray<Claim> claims,
        ImmutableArray<SourceDocument> sources,
        EntityRegistry entities,
        DomainKnowledge knowledge,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableHashSet<string>? referenceSources = null)
    {
        ReferenceSources = referenceSources ?? [];
        Claims = claims;
        Sources = sources;
        Entities = entities;
        Knowledge = knowledge;
        Diagnostics = diagnostics;
        _claimsById = claims.DistinctBy(c => c.Id).ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _sourcesById = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>A claim base with no claims, the default entities and no domain knowledge.</summary>
    public static ClaimBase Empty { get; } = new([], [], EntityRegistry.Default, DomainKnowledge.Empty, []);

    /// <summary>The claims, in file order then claim order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The source documents the claims cite.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }

    /// <summary>The entity registry: the shipped countries and organisations plus the claims folder's own entities.</summary>
    public EntityRegistry Entities { get; }

    /// <summary>Domain knowledge (exclusive values, equivalences, taxonomy…).</summary>
    public DomainKnowledge Knowledge { get; }

    /// <summary>Problems found while loading, in a stable order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Loads every <c>*.claims.json</c> in <paramref name="directory"/>, with the optional <c>entities.json</c>
    /// and <c>knowledge.json</c> beside them, and checks them: JSON and schema, duplicate ids, unknown entities,
    /// quotes that are not verbatim in their sentence, sources that changed or lie outside the folder.
    /// </summary>
    /// <param name="directory">The claims folder. Paths in diagnostics start with it as given.</param>
    public static ClaimBase Load(string directory) => ClaimBaseLoader.Load(directory);

    /// <summary>
    /// Ids of the sources whose every sentence is evidence, not only the sentences curated claims cite: the claims
    /// folder's own sources and the reference documents added with <see cref="WithSources"/>.
    /// </summary>
    public ImmutableHashSet<string> ReferenceSources { get; }

    /// <summary>
    /// A claim base made from reference documents alone (plain text or Markdown): every sentence is evidence, and the
    /// extractor's draft claims are typed claims. Uses the shipped entities and domain knowledge.
    /// </summary>
    /// <param name="paths">The reference documents.</param>
    public static ClaimBase FromSources(IEnumerable<string> paths) =>
        new ClaimBase([], [], EntityRegistry.Default, DomainKnowledge.Default, []).WithSources(paths);

    /// <summary>
    /// This claim base plus reference documents: their sentences become evidence and the extractor's draft claims
    /// (with provenance and confidence) join the curated ones. A missing or unreadable file is a diagnostic.
    /// </summary>
    /// <param name="paths">The reference documents (plain text or Markdown).</param>
    public ClaimBase WithSources(IEnumerable<string> paths) => SourceLoader.Add(this, paths);

    /// <summary>The same entities and knowledge with no claims and no sources (the context for drafting claims).</summary>
    internal ClaimBase WithoutClaims() => new([], [], Entities, Knowledge, []);

    /// <summary>The claim with id <paramref name="id"/>, or null.</summary>
    public Claim? FindClaim(string id) => _claimsById.GetValueOrDefault(id);

    /// <summary>The source with id <paramref name="id"/>, or null.</summary>
    public SourceDocument? FindSource(string id) => _sourcesById.GetValueOrDefault(id);
}
