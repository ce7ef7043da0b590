using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;
using ClaimCheck.Text;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Storage;

/// <summary>Loads and validates a claims folder. Every problem is a diagnostic; nothing here throws on bad data.</summary>
internal static class ClaimBaseLoader
{
    public const string ClaimsPattern = "*.claims.json";
    public const string EntitiesFile = "entities.json";
    public const string KnowledgeFile = "knowledge.json";

    public static ClaimBase Load(string directory)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.NoClaims, DiagnosticSeverity.Error, "The claims folder does not exist.", directory, 0, 0));
            return new ClaimBase([], [], EntityRegistry.Default, DomainKnowledge.Empty, [.. diagnostics]);
        }

        var root = Path.GetFullPath(directory);
        var entities = LoadEntities(directory, diagnostics);
        var knowledge = File.Exists(Path.Combine(directory, KnowledgeFile))
            ? KnowledgeReader.Read(Path.Combine(directory, KnowledgeFile), Display(directory, KnowledgeFile), diagnostics)
            : DomainKnowledge.Empty;

        var files = Directory.GetFiles(directory, ClaimsPattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.NoClaims, DiagnosticSeverity.Error, $"The claims folder holds no '{ClaimsPattern}' file.", directory, 0, 0));
        }

        // Pass 1: parse every file and declare its sources, so a claim may cite a source declared in another file.
        var documents = new List<(string Display, JObject Root)>();
        var sources = new Dictionary<string, DeclaredSource>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = Display(directory, file);
            var (text, parsed) = JsonDocumentReader.ReadAndParse(Path.Combine(directory, file), display, diagnostics);
            if (text is null || parsed is not { } token)
            {
                continue;
            }

            SchemaValidator.Claims.Validate(text, display, diagnostics);
            if (token is not JObject document)
            {
                continue;
            }

            documents.Add((display, document));
            foreach (var source in document["sources"]?.Children<JObject>() ?? [])
            {
                DeclareSource(source, root, directory, display, sources, diagnostics);
            }
        }

        // Pass 2: read the claims against the declared sources and the registry.
        var claims = new List<Claim>();
        var citations = new List<(string ClaimId, string SourceId)>();
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (display, document) in documents)
        {
            foreach (var item in document["claims"]?.Children<JObject>() ?? [])
            {
                // Every citation counts for CC0006, also those of claims that fail below (often because the source changed).
                citations.AddRange(Citations(item));
                var reader = new ClaimReader(display, sources, entities, diagnostics);
                if (reader.Read(item) is not { } claim)
                {
                    continue;
                }

                if (firstById.TryGetValue(claim.Id, out var where))
                {
                    Report(diagnostics, DiagnosticIds.DuplicateClaimId, display, item["id"], $"Duplicate claim id '{claim.Id}' (first defined in {where}).");
                    continue;
                }

                var (line, _) = JsonDocumentReader.PositionOf(item["id"]);
                firstById[claim.Id] = $"{display}:{line}";
                claims.Add(claim);
            }
        }

        ReportChangedSources(sources.Values, citations, diagnostics);
        var loaded = sources.Values.Where(s => s.Document is not null).Select(s => s.Document!).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        return new ClaimBase([.. claims], loaded, entities, knowledge, [.. diagnostics], [.. loaded.Select(d => d.Id)]);
    }

    private static EntityRegistry LoadEntities(string directory, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(directory, EntitiesFile);
        if (!File.Exists(path))
        {
            return EntityRegistry.Default;
        }

        var display = Display(directory, EntitiesFile);
        var (text, token) = JsonDocumentReader.ReadAndParse(path, display, diagnostics);
        if (text is null || token is null || !SchemaValidator.Entities.Validate(text, display, diagnostics))
        {
            return EntityRegistry.Default;
        }

        try
        {
            return EntityRegistry.Default.WithEntities(EntityFile.Parse(text, source: display));
        }
        catch (InvalidDataException ex)
        {
            // The schema cannot say that ids are unique or that a kind is known; the reader can.
            diagnostics.Add(new Diagnostic(DiagnosticIds.InvalidKnowledge, DiagnosticSeverity.Error, ex.Message.Replace(display + ": ", "", StringComparison.Ordinal), display, 0, 0));
            return EntityRegistry.Default;
        }
    }

    private static void DeclareSource(JObject source, string root, string directory, string display, Dictionary<string, DeclaredSource> sources, List<Diagnostic> diagnostics)
    {
        if (Scalar(source["id"]) is not { } id || Scalar(source["path"]) is not { } relative)
        {
            return; // the schema diagnostic already says what is missing
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (sources.TryGetValue(id, out var existing))
        {
            if (existing.FullPath != full)
            {
                Report(diagnostics, DiagnosticIds.ConflictingSource, display, source["path"], $"Source '{id}' is already declared in {existing.DeclaredIn} with another path.");
            }

            return;
        }

        var declared = new DeclaredSource(id, full, Scalar(source["sha256"]), display, JsonDocumentReader.PositionOf(source["sha256"] ?? source["id"]));
        sources[id] = declared;
        if (!inside)
        {
            Report(diagnostics, DiagnosticIds.SourceOutsideClaims, display, source["path"], $"Source '{id}' path '{relative}' is outside the claims folder; copy the source into it (e.g. sources/).");
            return;
        }

        if (!File.Exists(full))
        {
            Report(diagnostics, DiagnosticIds.SourceMissing, display, source["path"], $"Source '{id}' file '{relative}' does not exist.");
            return;
        }

        var text = JsonDocumentReader.ReadFile(full, Display(directory, relative), diagnostics);
        if (text is not null)
        {
            declared.Document = SourceDocument.FromFileText(id, Display(directory, relative), text) with
            {
                Title = Scalar(source["title"]),
                Url = Scalar(source["url"]),
            };
        }
    }

    private static IEnumerable<(string ClaimId, string SourceId)> Citations(JObject item) =>
        item["id"] is JValue { Value: string id } && item["provenance"] is JArray provenance
            ? provenance.Children<JObject>().Select(p => (p["source"] as JValue)?.Value).OfType<string>().Select(source => (id, source))
            : [];

    private static void ReportChangedSources(IEnumerable<DeclaredSource> sources, List<(string ClaimId, string SourceId)> citations, List<Diagnostic> diagnostics)
    {
        foreach (var source in sources)
        {
            if (source.Document is null || source.Sha256 is null || source.Document.Sha256 == source.Sha256)
            {
                continue;
            }

            var affected = citations.Where(c => c.SourceId == source.Id).Select(c => c.ClaimId).Distinct(StringComparer.Ordinal).ToList();
            var list = affected.Count == 0 ? "no claims cite it" : "review claims: " + string.Join(", ", affected);
            diagnostics.Add(new Diagnostic(
                DiagnosticIds.SourceChanged,
                DiagnosticSeverity.Error,
                $"Source '{source.Id}' changed since its claims were written (sha256 is now {source.Document.Sha256}); {list}.",
                source.DeclaredIn,
                source.Position.Line,
                source.Position.Column));
        }
    }

    internal static void Report(ICollection<Diagnostic> diagnostics, string id, string display, JToken? at, string message)
    {
        var (line, column) = JsonDocumentReader.PositionOf(at);
        diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Error, message, display, line, column));
    }

    private static string Display(string directory, string file) => Path.Combine(directory, file);

    /// <summary>The text of a string, number or boolean token; null for anything else (objects and arrays, which the schema reports), instead of throwing as a cast would.</summary>
    private static string? Scalar(JToken? token) => token is JValue value ? (string?)value : null;

    internal sealed class DeclaredSource(string id, string fullPath, string? sha256, string declaredIn, (int Line, int Column) position)
    {
        public string Id { get; } = id;

        public string FullPath { get; } = fullPath;

        public string? Sha256 { get; } = sha256;

        public string DeclaredIn { get; } = declaredIn;

        public (int Line, int Column) Position { get; } = position;

        public SourceDocument? Document { get; set; }
    }

    /// <summary>Turns one claim object into a <see cref="Claim"/>, reporting what does not fit.</summary>
    private sealed class ClaimReader(string display, Dictionary<string, DeclaredSource> sources, EntityRegistry entities, List<Diagnostic> diagnostics)
    {
        private bool _failed;

        public Claim? Read(JObject item)
        {
            if (Scalar(item["id"]) is not { } id || !ClaimKinds.TryParse(Scalar(item["kind"]), out var kind) || item["slots"] is not JObject slotsObject || item["provenance"] is not JArray provenanceArray)
            {
                return null; // the schema diagnostic already says what is wrong
            }

            var slots = ReadSlots(kind, slotsObject);
            var provenance = provenanceArray.Children<JObject>().Select(ReadProvenance).OfType<Provenance>().ToImmutableArray();
            PartialDate? time = null;
            if (item["time"] is { } timeToken)
            {
                if (PartialDate.TryParse(Scalar(timeToken), out var date))
                {
                    time = date;
                }
                else
                {
                    Fail(DiagnosticIds.InvalidSlot, timeToken, $"Claim '{id}': time '{timeToken}' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date.");
                }
            }

            if (_failed || provenance.IsEmpty)
            {
                return null;
            }

            return new Claim
            {
                Id = id,
                Kind = kind,
                Polarity = Scalar(item["polarity"]) == "denied" ? Polarity.Denied : Polarity.Asserted,
                Slots = slots,
                Time = time,
                Qualifiers = item["qualifiers"] is JArray qualifiers ? [.. qualifiers.Select(Scalar).OfType<string>()] : [],
                Provenance = provenance,
                IsDraft = item["draft"] is JValue { Value: bool draft } && draft,
                Confidence = item["confidence"] is JValue { Type: JTokenType.Float or JTokenType.Integer } confidence ? (double)confidence : null,
            };
        }

        private ImmutableSortedDictionary<string, SlotValue> ReadSlots(ClaimKind kind, JObject slotsObject)
        {
            var builder = ImmutableSortedDictionary.CreateBuilder<string, SlotValue>(StringComparer.Ordinal);
            foreach (var property in slotsObject.Properties())
            {
                if (ClaimKinds.FindRole(kind, property.Name) is not { } role)
                {
                    Fail(DiagnosticIds.InvalidSlot, property.Value, $"A {ClaimKinds.NameOf(kind)} claim has no slot '{property.Name}' (slots: {string.Join(", ", ClaimKinds.RolesOf(kind).Select(r => r.Name))}).");
                    continue;
                }

                if (ReadSlot(role, property.Value) is { } value)
                {
                    builder[role.Name] = value;
                }
            }

            foreach (var role in ClaimKinds.RolesOf(kind))
            {
                if (role.Required && !builder.ContainsKey(role.Name))
                {
                    Fail(DiagnosticIds.InvalidSlot, slotsObject, $"A {ClaimKinds.NameOf(kind)} claim needs slot '{role.Name}'.");
                }
            }

            return builder.ToImmutable();
        }

        private SlotValue? ReadSlot(SlotRole role, JToken token)
        {
            if (role.Type == SlotType.Number)
            {
                if (token.Type is JTokenType.Integer or JTokenType.Float)
                {
                    return new SlotValue(token.Value<double>());
                }

                Fail(DiagnosticIds.InvalidSlot, token, $"Slot '{role.Name}' needs a number.");
                return null;
            }

            var values = token switch
            {
                JValue { Type: JTokenType.String } single => [(string)single!],
                JArray array when array.All(t => t.Type == JTokenType.String) => array.Select(t => (string)t!).ToImmutableArray(),
                _ => ImmutableArray<string>.Empty,
            };
            var allowsMany = role.Type is SlotType.Entities or SlotType.Terms;
            if (values.IsEmpty || (values.Length > 1 && !allowsMany) || values.Any(string.IsNullOrWhiteSpace))
            {
                Fail(DiagnosticIds.InvalidSlot, token, allowsMany ? $"Slot '{role.Name}' needs a string or a non-empty array of strings." : $"Slot '{role.Name}' needs one string.");
                return null;
            }

            if (token is JArray elements)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    CheckValue(role, values[i], elements[i]);
                }
            }
            else
            {
                CheckValue(role, values[0], token);
            }

            return new SlotValue(role.Type, values);
        }

        private void CheckValue(SlotRole role, string value, JToken at)
        {
            if (role.Type is SlotType.Entity or SlotType.Entities && !entities.Contains(value))
            {
                var suggestion = entities.Resolve(value) is { } known ? $" Did you mean '{known.Id}' ({known.Name})?" : " Add it to entities.json or use a known id.";
                Fail(DiagnosticIds.UnknownEntity, at, $"Slot '{role.Name}' refers to unknown entity '{value}'.{suggestion}");
            }
            else if (role.Type == SlotType.Value && !role.Vocabulary.Contains(value))
            {
                Fail(DiagnosticIds.InvalidSlot, at, $"Slot '{role.Name}' value '{value}' is not one of: {string.Join(", ", role.Vocabulary)}.");
            }
        }

        private Provenance? ReadProvenance(JObject item)
        {
            if (Scalar(item["source"]) is not { } sourceId || item["sentence"] is not JValue { Value: long number } || Scalar(item["quote"]) is not { } quote)
            {
                return null; // reported by the schema
            }

            if (!sources.TryGetValue(sourceId, out var declared))
            {
                Fail(DiagnosticIds.UnknownSource, item["source"], $"Provenance cites source '{sourceId}', which no claims file declares under \"sources\".");
                return null;
            }

            if (declared.Document is not { } document)
            {
                return null; // the source itself was reported (missing, outside the folder, unreadable)
            }

            if ((number is >= 1 and <= int.MaxValue ? document.SentenceAt((int)number) : null) is not { } sentence)
            {
                Fail(DiagnosticIds.SentenceOutOfRange, item["sentence"], $"Source '{sourceId}' has {document.Sentences.Length} sentences; there is no sentence {number.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            }

            var at = TextFolding.FoldQuotes(sentence.Text).IndexOf(TextFolding.FoldQuotes(quote), StringComparison.Ordinal);
            if (at < 0)
            {
                Fail(DiagnosticIds.QuoteNotInSentence, item["quote"], $"Quote \"{quote}\" is not verbatim in sentence {number.ToString(CultureInfo.InvariantCulture)} of '{sourceId}': \"{Shorten(sentence.Text)}\".");
                return null;
            }

            return new Provenance(sourceId, sentence.Number, sentence.Start + at, quote.Length, document.Text.Substring(sentence.Start + at, quote.Length), sentence.Text, declared.Sha256 ?? document.Sha256);
        }

        private void Fail(string id, JToken? at, string message)
        {
            _failed = true;
            Report(diagnostics, id, display, at, message);
        }

        private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
    }
}
