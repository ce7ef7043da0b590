using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Storage;

/// <summary>Reads <c>knowledge.json</c>: schema first, then the references the schema cannot check.</summary>
internal static class KnowledgeReader
{
    public static DomainKnowledge Read(string path, string displayPath, ICollection<Diagnostic> diagnostics) =>
        Parse(JsonDocumentReader.ReadFile(path, displayPath, diagnostics), displayPath, diagnostics);

    /// <summary>The knowledge the library ships (the bundled claims folder's knowledge.json), for reference mode.</summary>
    public static DomainKnowledge Default => DefaultKnowledge.Value;

    private static readonly Lazy<DomainKnowledge> DefaultKnowledge = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var knowledge = Parse(EmbeddedResources.ReadText("knowledge.json"), "knowledge.json (embedded)", diagnostics);
        return diagnostics.Count == 0 ? knowledge : throw new InvalidOperationException("The embedded knowledge.json is invalid: " + diagnostics[0]);
    });

    public static DomainKnowledge Parse(string? text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (text is null || JsonDocumentReader.Parse(text, displayPath, diagnostics) is not JObject root
            || !SchemaValidator.Knowledge.Validate(text, displayPath, diagnostics))
        {
            return DomainKnowledge.Empty;
        }

        var knowledge = new DomainKnowledge
        {
            Exclusions = [.. Items(root, "exclusiveValues").Select(o => new ExclusiveValues(
                (string)o["id"]!, Kind(o), (string)o["slot"]!, Strings(o["values"]), (string)o["reason"]!))],
            Implications = [.. Items(root, "implications").Select(o => new ValueImplication(
                Kind(o), (string)o["slot"]!, (string)o["from"]!, (string)o["to"]!))],
            SingleHolders = [.. Items(root, "singleHolders").Select(o => new SingleHolder(
                (string)o["id"]!, Kind(o), (string)o["holder"]!, Strings(o["per"]), Strings(o["values"]), (string)o["reason"]!) { EntityKinds = EntityKinds(o["entityKinds"]) })],
            Equivalences = [.. Items(root, "equivalences").Select(o => new Equivalence(
                (string)o["id"]!, Pattern((JObject)o["from"]!), Pattern((JObject)o["to"]!), (string)o["explanation"]!))],
            Terms = [.. Items(root, "terms").Select(o => new TermDefinition(
                (string)o["id"]!, Strings(o["forms"]), Strings(o["broader"])))],
        };

        CheckSlots(root, displayPath, diagnostics);
        CheckTerms(knowledge, root, displayPath, diagnostics);
        return knowledge;
    }

    private static void CheckSlots(JObject root, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        foreach (var section in new[] { "exclusiveValues", "implications", "singleHolders" })
        {
            foreach (var item in Items(root, section))
            {
                var kind = Kind(item);
                var slots = new List<JToken>();
                if (item["slot"] is { } slot)
                {
                    slots.Add(slot);
                }

                if (item["holder"] is { } holder)
                {
                    slots.Add(holder);
                }

                slots.AddRange(item["per"]?.Children() ?? []);
                foreach (var name in slots)
                {
                    if (ClaimKinds.FindRole(kind, (string)name!) is null)
                    {
                        Report(diagnostics, displayPath, name, $"Kind '{ClaimKinds.NameOf(kind)}' has no slot '{name}'.");
                    }
                }
            }
        }

        foreach (var equivalence in Items(root, "equivalences"))
        {
            foreach (var side in new[] { "from", "to" })
            {
                var pattern = (JObject)equivalence[side]!;
                var kind = Kind(pattern);
                foreach (var property in ((JObject)pattern["slots"]!).Properties())
                {
                    if (ClaimKinds.FindRole(kind, property.Name) is null)
                    {
                        Report(diagnostics, displayPath, property.Value, $"Kind '{ClaimKinds.NameOf(kind)}' has no slot '{property.Name}'.");
                    }
                }
            }
        }
    }

    private static void CheckTerms(DomainKnowledge knowledge, JObject root, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var ids = knowledge.Terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var term in Items(root, "terms"))
        {
            foreach (var broader in term["broader"]?.Children() ?? [])
            {
                if (!ids.Contains((string)broader!))
                {
                    Report(diagnostics, displayPath, broader, $"Term '{term["id"]}' names an unknown broader term '{broader}'.");
                }
            }
        }
    }

    private static void Report(ICollection<Diagnostic> diagnostics, string displayPath, JToken at, string message)
    {
        var (line, column) = JsonDocumentReader.PositionOf(at);
        diagnostics.Add(new Diagnostic(DiagnosticIds.InvalidKnowledge, DiagnosticSeverity.Error, message, displayPath, line, column));
    }

    private static IEnumerable<JObject> Items(JObject root, string name) => root[name]?.Children<JObject>() ?? [];

    private static ClaimKind Kind(JObject item) => ClaimKinds.TryParse((string?)item["kind"], out var kind) ? kind : ClaimKind.Generic;

    private static ImmutableDictionary<string, ImmutableArray<EntityKind>> EntityKinds(JToken? token) => token is JObject map
        ? map.Properties().ToImmutableDictionary(p => p.Name, p => Strings(p.Value).Select(k => Enum.Parse<EntityKind>(k, ignoreCase: true)).ToImmutableArray(), StringComparer.Ordinal)
        : ImmutableDictionary<string, ImmutableArray<EntityKind>>.Empty;

    private static ImmutableArray<string> Strings(JToken? token) => token is JArray array ? [.. array.Select(t => (string)t!)] : [];

    private static FramePattern Pattern(JObject pattern) => new(
        Kind(pattern),
        ((JObject)pattern["slots"]!).Properties().ToImmutableSortedDictionary(p => p.Name, p => p.Value.Type == JTokenType.Null ? null : (string?)p.Value, StringComparer.Ordinal));
}
