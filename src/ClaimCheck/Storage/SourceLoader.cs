using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;

namespace ClaimCheck.Storage;

/// <summary>Adds reference documents to a claim base: reads them, splits them into sentences and drafts claims.</summary>
internal static class SourceLoader
{
    public static ClaimBase Add(ClaimBase claimBase, IEnumerable<string> paths)
    {
        var diagnostics = claimBase.Diagnostics.ToBuilder();
        var sources = claimBase.Sources.ToBuilder();
        var ids = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<SourceDocument>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.SourceMissing, DiagnosticSeverity.Error, "The source file does not exist.", path, 0, 0));
                continue;
            }

            var text = JsonDocumentReader.ReadFile(path, path, diagnostics);
            if (text is null)
            {
                continue;
            }

            var id = UniqueId(Slug(Path.GetFileNameWithoutExtension(path)), ids);
            var document = SourceDocument.FromFileText(id, path, text);
            sources.Add(document);
            added.Add(document);
        }

        var extractor = new ClaimExtractor(claimBase.Entities, claimBase.Knowledge, claimBase.Claims);
        var claims = claimBase.Claims.AddRange(added.SelectMany(source => extractor.Extract(source)));
        return new ClaimBase(claims, sources.ToImmutable(), claimBase.Entities, claimBase.Knowledge, diagnostics.ToImmutable(), claimBase.ReferenceSources.Union(added.Select(a => a.Id)));
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            slug.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "source" : text;
    }

    private static string UniqueId(string id, HashSet<string> ids)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
