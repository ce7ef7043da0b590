using ClaimCheck.Claims;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Storage;

/// <summary>
/// The JSON Schema of claims files, generated from <see cref="ClaimKinds"/> so the two cannot drift.
/// The copy published beside the claims (<c>claims/claims.schema.json</c>) is this text; a test keeps it so.
/// </summary>
public static class ClaimsSchema
{
    private static readonly Lazy<string> Text = new(() => Build().ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");

    /// <summary>The schema as indented JSON text.</summary>
    public static string Json => Text.Value;

    private static JObject Build()
    {
        var definitions = new JObject
        {
            ["id"] = new JObject { ["type"] = "string", ["pattern"] = "^[a-z0-9][a-z0-9._-]*$", ["description"] = "Stable lowercase id: letters, digits, '.', '_' and '-'." },
            ["entityId"] = new JObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "A canonical entity id: ISO 3166-1 alpha-3 for countries (IRQ), kebab-case otherwise (opec-plus)." },
            ["date"] = new JObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", ["description"] = "YYYY, YYYY-MM or YYYY-MM-DD." },
            ["source"] = Source(),
            ["provenance"] = ProvenanceSchema(),
        };

        var allOf = new JArray();
        foreach (var kind in ClaimKinds.All)
        {
            var name = ClaimKinds.NameOf(kind);
            definitions[name + "Slots"] = SlotsOf(kind);
            allOf.Add(new JObject
            {
                ["if"] = new JObject { ["properties"] = new JObject { ["kind"] = new JObject { ["const"] = name } } },
                ["then"] = new JObject { ["properties"] = new JObject { ["slots"] = new JObject { ["$ref"] = $"#/definitions/{name}Slots" } } },
            });
        }

        definitions["claim"] = ClaimSchema(allOf);

        return new JObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://claimcheck.dev/schemas/claims.schema.json",
            ["title"] = "ClaimCheck claims file",
            ["description"] = "Typed claims with provenance. Each claim cites the exact source sentence and the verbatim words it rests on.",
            ["type"] = "object",
            ["additionalProperties"] = true,
            ["required"] = new JArray("claims"),
            ["properties"] = new JObject
            {
                ["$schema"] = new JObject { ["type"] = "string" },
                ["description"] = new JObject { ["type"] = "string" },
                ["sources"] = new JObject { ["type"] = "array", ["items"] = Ref("source") },
                ["claims"] = new JObject { ["type"] = "array", ["items"] = Ref("claim") },
            },
            ["definitions"] = definitions,
        };
    }

    private static JObject Source() => new()
    {
        ["type"] = "object",
        ["description"] = "A source document, stored inside the claims folder.",
        ["required"] = new JArray("id", "path", "sha256"),
        ["properties"] = new JObject
        {
            ["id"] = Ref("id"),
            ["path"] = new JObject { ["type"] = "string", ["description"] = "Path relative to the claims folder; must stay inside it." },
            ["sha256"] = new JObject { ["type"] = "string", ["pattern"] = "^[0-9a-f]{64}$", ["description"] = "SHA-256 of the source text the claims were written against (lowercase hex)." },
            ["title"] = new JObject { ["type"] = "string" },
            ["url"] = new JObject { ["type"] = "string" },
            ["retrieved"] = Ref("date"),
        },
    };

    private static JObject ProvenanceSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "One cited sentence.",
        ["required"] = new JArray("source", "sentence", "quote"),
        ["properties"] = new JObject
        {
            ["source"] = Ref("id"),
            ["sentence"] = new JObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "1-based sentence number (claimcheck claims --sentences lists them)." },
            ["quote"] = new JObject { ["type"] = "string", ["minLength"] = 3, ["description"] = "Verbatim words of the cited sentence (typographic quotes may be straight)." },
        },
    };

    private static JObject ClaimSchema(JArray kindRules) => new()
    {
        ["type"] = "object",
        ["required"] = new JArray("id", "kind", "slots", "provenance"),
        ["properties"] = new JObject
        {
            ["id"] = Ref("id"),
            ["kind"] = new JObject { ["enum"] = new JArray(ClaimKinds.All.Select(ClaimKinds.NameOf)), ["description"] = "What the claim states; decides its slots." },
            ["polarity"] = new JObject { ["enum"] = new JArray("asserted", "denied"), ["default"] = "asserted" },
            ["slots"] = new JObject { ["type"] = "object" },
            ["time"] = Ref("date"),
            ["qualifiers"] = new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" } },
            ["note"] = new JObject { ["type"] = "string" },
            ["draft"] = new JObject { ["type"] = "boolean", ["description"] = "Drafted by `claimcheck extract`; remove after review." },
            ["confidence"] = new JObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
            ["provenance"] = new JObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("provenance") },
        },
        ["allOf"] = kindRules,
    };

    private static JObject SlotsOf(ClaimKind kind)
    {
        var properties = new JObject();
        var required = new JArray();
        foreach (var role in ClaimKinds.RolesOf(kind))
        {
            properties[role.Name] = role.Type switch
            {
                SlotType.Entity => Ref("entityId"),
                SlotType.Entities => new JObject { ["oneOf"] = new JArray(Ref("entityId"), new JObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("entityId") }) },
                SlotType.Value => new JObject { ["enum"] = new JArray(role.Vocabulary) },
                SlotType.Terms => new JObject { ["oneOf"] = new JArray(new JObject { ["type"] = "string" }, new JObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JObject { ["type"] = "string" } }) },
                SlotType.Text => new JObject { ["type"] = "string", ["minLength"] = 1 },
                SlotType.Number => new JObject { ["type"] = "number" },
                _ => throw new InvalidOperationException($"Unhandled slot type {role.Type}."),
            };
            if (role.Required)
            {
                required.Add(role.Name);
            }
        }

        return new JObject
        {
            ["type"] = "object",
            ["description"] = $"Slots of a {ClaimKinds.NameOf(kind)} claim.",
            ["additionalProperties"] = false,
            ["required"] = required,
            ["properties"] = properties,
        };
    }

    private static JObject Ref(string name) => new() { ["$ref"] = $"#/definitions/{name}" };
}
