using System.Collections.Immutable;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Diagnostics;
using ClaimCheck.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Check;

/// <summary>
/// A baseline: the fingerprints of accepted findings. <c>--update-baseline</c> writes one; <c>--baseline</c> drops the
/// findings it lists, so that only new ones fail a build. The file is JSON (documented in docs/ci.md):
/// <c>{ "version": 1, "findings": [ { "fingerprint", "path", "rule", "text" } ] }</c>; only the fingerprints are read,
/// the rest is there for people reviewing the file.
/// </summary>
internal sealed class Baseline
{
    public const int Version = 1;

    private Baseline(ImmutableHashSet<string> fingerprints) => Fingerprints = fingerprints;

    public ImmutableHashSet<string> Fingerprints { get; }

    public bool Contains(string fingerprint) => Fingerprints.Contains(fingerprint);

    /// <summary>Reads a baseline; a missing or malformed file is an <see cref="InputException"/> pointing at the problem.</summary>
    public static Baseline Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new Diagnostic(DiagnosticIds.IoError, DiagnosticSeverity.Error, "The baseline file does not exist; create it with --update-baseline.", displayPath, 0, 0));
        }

        var diagnostics = new List<Diagnostic>();
        var text = JsonDocumentReader.ReadFile(path, displayPath, diagnostics);
        var token = text is null ? null : JsonDocumentReader.Parse(text, displayPath, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InputException(diagnostics[0]);
        }

        Exception Error(JToken? at, string message)
        {
            var (line, column) = JsonPositions.Of(text!, at);
            return new InputException(new Diagnostic(DiagnosticIds.SchemaViolation, DiagnosticSeverity.Error, message, displayPath, line, column));
        }

        if (token is not JObject root || root["findings"] is not JArray findings)
        {
            throw Error(token, "A baseline is an object with a \"findings\" array; write it with --update-baseline.");
        }

        if (root["version"] is { } version && (version.Type != JTokenType.Integer || (int)version != Version))
        {
            throw Error(version, $"Unsupported baseline version; this claimcheck writes version {Version}.");
        }

        var fingerprints = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var entry in findings)
        {
            if (entry is not JObject item || item["fingerprint"] is not { Type: JTokenType.String } fingerprint)
            {
                throw Error(entry, "Every baseline entry needs a \"fingerprint\" string.");
            }

            fingerprints.Add((string)fingerprint!);
        }

        return new Baseline(fingerprints.ToImmutable());
    }

    /// <summary>Writes the fingerprints of <paramref name="findings"/> to <paramref name="path"/>, atomically, in report order.</summary>
    public static void Write(string path, IEnumerable<(Finding Finding, string ProjectPath)> findings)
    {
        var entries = new JArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (finding, projectPath) in findings)
        {
            if (seen.Add(finding.Fingerprint))
            {
                entries.Add(new JObject
                {
                    ["fingerprint"] = finding.Fingerprint,
                    ["path"] = projectPath,
                    ["rule"] = finding.Sentence.Rule?.Id,
                    ["text"] = finding.Sentence.Text,
                });
            }
        }

        var root = new JObject { ["version"] = Version, ["findings"] = entries };
        AtomicFile.WriteAllText(path, root.ToString(Formatting.Indented) + "\n");
    }
}
