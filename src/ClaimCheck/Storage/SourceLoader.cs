using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Analysis;
using ClaimCheck.Entities;
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

        // People the sources name with a title ("Prime Minister Jonas Gahr Støre") become entities, so statements about them resolve.
        var entities = claimBase.Entities.WithEntities(added.SelectMany(source => PersonsOf(source, claimBase.Entities)).DistinctBy(p => p.Id));
        var extractor = new ClaimExtractor(entities, claimBase.Knowledge, claimBase.Claims);
        var claims = claimBase.Claims.AddRange(added.SelectMany(source => extractor.Extract(source)));
        return new ClaimBase(claims, sources.ToImmutable(), entities, claimBase.Knowledge, diagnostics.ToImmutable(), claimBase.ReferenceSources.Union(added.Select(a => a.Id)));
    }

    /// <summary>"Prime Minister Jonas Gahr Støre", "Foreign Secretary David Cameron": a title, then two to four capitalised words.</summary>
    private static IEnumerable<Entity> PersonsOf(SourceDocument source, EntityRegistry entities)
    {
        var lexicon = Lexicon.Default;
        foreach (var sentence in source.Sentences)
        {
            var tokens = Tokenizer.Tokenize(sentence.Text, lexicon.Stemmer);
            var mentions = entities.FindMentions(sentence.Text);
            bool InMention(Token token) => mentions.Any(m => token.Start < m.End && token.End > m.Start);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].IsCapitalised || lexicon.Office.Roles.MatchAt(tokens, i) is not { } role)
                {
                    continue;
                }

                var end = i + role.Phrase.Length;

                // "Ambassador to the United Nations, Tareq Al-Banai": the name may follow a destination and a comma.
                if (end < tokens.Length && tokens[end].Lower == "to")
                {
                    var after = end + 1;
                    while (after < tokens.Length && (tokens[after].Lower == "the" || InMention(tokens[after])))
                    {
                        after++;
                    }

                    end = after < tokens.Length && tokens[after].Text == "," ? after + 1 : end;
                }

                var titleEnd = end;
                var name = new List<Token>();
                while (end < tokens.Length && name.Count < 4 && tokens[end].IsWord && (tokens[end].IsCapitalised || tokens[end].Lower.StartsWith("al-", StringComparison.Ordinal)) && !InMention(tokens[end]))
                {
                    name.Add(tokens[end++]);
                }

                if (name.Count < 2)
                {
                    continue;
                }

                var text = sentence.Text[name[0].Start..name[^1].End];
                if (entities.Resolve(text) is not null)
                {
                    continue;
                }

                // The title's country: a name right before it ("Fijian Prime Minister", "Fiji's prime minister"), not
                // any country of the sentence ("Prime Minister X visited Canberra" says nothing of X's country).
                var country = mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Country && m.End <= tokens[i].Start && tokens[i].Start - m.End <= 4)?.Entity.Id;
                yield return new Entity
                {
                    Id = "person-" + Slug(text),
                    Kind = EntityKind.Person,
                    Name = text,
                    Aliases = name.Count >= 2 ? [name[^1].Text] : [],
                    Role = sentence.Text[tokens[i].Start..tokens[i + role.Phrase.Length - 1].End] + (country is null ? "" : " of " + (entities.TryGet(country, out var c) ? c.Name : country)),
                    RelatedTo = country,
                };
            }
        }
    }

    // Ids are lowercase ASCII ("Støre" → "store"), as the claims schema requires.
    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c == 'ø' ? 'o' : c == 'æ' ? 'a' : c == 'ß' ? 's' : '-');
            }
        }

        var text = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
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
