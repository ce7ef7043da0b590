using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
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
            var document = SourceDocument.FromText(id, path, IsMarkdown(path) ? ProseOnly(text) : text);
            sources.Add(document);
            added.Add(document);
        }

        var extractor = new ClaimExtractor(claimBase.Entities, claimBase.Knowledge, claimBase.Claims);
        var claims = claimBase.Claims.AddRange(added.SelectMany(source => extractor.Extract(source)));
        return new ClaimBase(claims, sources.ToImmutable(), claimBase.Entities, claimBase.Knowledge, diagnostics.ToImmutable(), claimBase.ReferenceSources.Union(added.Select(a => a.Id)));
    }

    private static bool IsMarkdown(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown";

    // Markdown sources keep their offsets: markup, code and comments are blanked with spaces, line breaks kept.
    private static string ProseOnly(string markdown)
    {
        var (segments, _) = MarkdownProse.Read(markdown);
        var chars = new StringBuilder(new string(' ', markdown.Length));
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] is '\n' or '\r')
            {
                chars[i] = markdown[i];
            }
        }

        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Text.Length; i++)
            {
                var offset = segment.Offsets[i];
                if (offset >= 0 && offset < markdown.Length)
                {
                    chars[offset] = segment.Text[i];
                }
            }

            // A block ends a sentence even without a full stop.
            var end = segment.Text.Length == 0 ? 0 : segment.Offsets[^1] + 1;
            if (end < markdown.Length && chars[end] == ' ')
            {
                chars[end] = '\n';
            }
        }

        return chars.ToString();
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
