using System.Globalization;
using ClaimCheck.Claims;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Storage;

/// <summary>
/// A claims file opened for editing. It keeps the whole JSON tree, so unknown fields and property order
/// survive a save; <see cref="Save"/> writes atomically.
/// </summary>
internal sealed class ClaimsFileDocument
{
    private ClaimsFileDocument(string path, JObject root, string newLine)
    {
        Path = path;
        Root = root;
        NewLine = newLine;
    }

    public string Path { get; }

    public JObject Root { get; }

    private string NewLine { get; }

    /// <summary>A new, empty claims file that points editors at the schema beside it.</summary>
    public static ClaimsFileDocument Create(string path) =>
        new(path, new JObject { ["$schema"] = "./claims.schema.json", ["sources"] = new JArray(), ["claims"] = new JArray() }, "\n");

    /// <summary>Opens an existing claims file. Throws <see cref="JsonReaderException"/> or <see cref="IOException"/> on unreadable input; callers report it.</summary>
    public static ClaimsFileDocument Open(string path)
    {
        var text = File.ReadAllText(path);
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        var root = JObject.Load(reader);
        return new ClaimsFileDocument(path, root, text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n");
    }

    public JArray Claims => Root["claims"] as JArray ?? (JArray)(Root["claims"] = new JArray());

    public JArray Sources => Root["sources"] as JArray ?? (JArray)(Root["sources"] = new JArray());

    public bool ContainsClaim(string id) => Claims.Children<JObject>().Any(c => (string?)c["id"] == id);

    public bool ContainsSource(string id) => Sources.Children<JObject>().Any(s => (string?)s["id"] == id);

    public void Save()
    {
        var text = Root.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", NewLine, StringComparison.Ordinal) + NewLine;
        AtomicFile.WriteAllText(Path, text);
    }

    /// <summary>The JSON form of <paramref name="claim"/>, as a claims file holds it.</summary>
    public static JObject ToJson(Claim claim)
    {
        var slots = new JObject();
        foreach (var role in ClaimKinds.RolesOf(claim.Kind))
        {
            if (claim.Slot(role.Name) is not { } value)
            {
                continue;
            }

            slots[role.Name] = value.Type switch
            {
                SlotType.Number => new JValue(value.Number!.Value),
                SlotType.Entities or SlotType.Terms when value.Values.Length > 1 => new JArray(value.Values),
                _ => new JValue(value.First),
            };
        }

        var json = new JObject { ["id"] = claim.Id, ["kind"] = ClaimKinds.NameOf(claim.Kind) };
        if (claim.Polarity == Polarity.Denied)
        {
            json["polarity"] = "denied";
        }

        json["slots"] = slots;
        if (claim.Time is { } time)
        {
            json["time"] = time.ToString();
        }

        if (!claim.Qualifiers.IsEmpty)
        {
            json["qualifiers"] = new JArray(claim.Qualifiers);
        }

        if (claim.IsDraft)
        {
            json["draft"] = true;
        }

        if (claim.Confidence is { } confidence)
        {
            json["confidence"] = Math.Round(confidence, 2);
        }

        json["provenance"] = new JArray(claim.Provenance.Select(p => new JObject
        {
            ["source"] = p.SourceId,
            ["sentence"] = p.SentenceNumber,
            ["quote"] = p.Quote,
        }));
        return json;
    }

    /// <summary>The JSON declaration of <paramref name="source"/> for a claims file, with its path relative to <paramref name="claimsDirectory"/>.</summary>
    public static JObject ToJson(SourceDocument source, string claimsDirectory)
    {
        var relative = System.IO.Path.GetRelativePath(claimsDirectory, source.Path).Replace('\\', '/');
        var json = new JObject { ["id"] = source.Id, ["path"] = relative, ["sha256"] = source.Sha256 };
        if (source.Title is { } title)
        {
            json["title"] = title;
        }

        if (source.Url is { } url)
        {
            json["url"] = url;
        }

        return json;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} ({Claims.Count} claims)");
}
