using System.Collections.Immutable;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Diagnostics;
using ClaimCheck.Rules;
using ClaimCheck.Storage;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Check;

/// <summary>
/// The <c>.claimcheck.json</c> configuration of <c>claimcheck check</c> (documented in docs/ci.md). Relative paths
/// in it are resolved against the folder holding the file; every property is optional.
/// </summary>
/// <param name="Path">The configuration file's full path.</param>
/// <param name="Directory">The folder holding it: the base of its relative paths and globs.</param>
/// <param name="Claims">The claims folder (full path), or null.</param>
/// <param name="Include">Globs of the files to check when the command line names none.</param>
/// <param name="Exclude">Globs of files never to check.</param>
/// <param name="Rules">Rule severities by id.</param>
/// <param name="FailOn">The fail level, or null.</param>
/// <param name="Baseline">The baseline file (full path), or null.</param>
/// <param name="Sources">Reference documents (full paths) to check against, besides or instead of the claims folder.</param>
internal sealed record CheckConfig(
    string Path,
    string Directory,
    string? Claims,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    ImmutableDictionary<string, RuleSeverity> Rules,
    FailLevel? FailOn,
    string? Baseline,
    ImmutableArray<string> Sources)
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = ".claimcheck.json";

    private static readonly string[] Properties = ["claims", "sources", "include", "exclude", "rules", "failOn", "baseline"];

    /// <summary>The nearest <see cref="FileName"/> in <paramref name="directory"/> or a folder above it, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads and validates a configuration file; any problem is an <see cref="InputException"/> with CC0017 at its line and column.</summary>
    public static CheckConfig Load(string path, string displayPath)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full)!;
        var diagnostics = new List<Diagnostic>();
        var (text, token) = JsonDocumentReader.ReadAndParse(full, displayPath, diagnostics);
        if (diagnostics.Count > 0)
        {
            var first = diagnostics[0];
            throw new InputException(first with { Id = DiagnosticIds.InvalidConfig });
        }

        Exception Error(JToken? at, string message)
        {
            var (line, column) = JsonPositions.Of(text!, at);
            return new InputException(new Diagnostic(DiagnosticIds.InvalidConfig, DiagnosticSeverity.Error, message, displayPath, line, column));
        }

        if (token is not JObject root)
        {
            throw Error(token, "The configuration must be a JSON object.");
        }

        foreach (var property in root.Properties())
        {
            if (!Properties.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(property, $"Unknown property '{property.Name}'. Known properties: {string.Join(", ", Properties)}.");
            }
        }

        string? PathProperty(string name)
        {
            if (root[name] is not { } value)
            {
                return null;
            }

            if (value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)value))
            {
                throw Error(value, $"'{name}' must be a path (a non-empty string).");
            }

            return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, (string)value!));
        }

        ImmutableArray<string> Globs(string name)
        {
            if (root[name] is not { } value)
            {
                return [];
            }

            if (value is not JArray array)
            {
                throw Error(value, $"'{name}' must be an array of globs such as \"docs/**/*.md\".");
            }

            foreach (var item in array)
            {
                if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
                {
                    throw Error(item, $"Every entry of '{name}' must be a glob (a non-empty string).");
                }
            }

            return [.. array.Select(item => (string)item!)];
        }

        var rules = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.Ordinal);
        if (root["rules"] is { } rulesToken)
        {
            if (rulesToken is not JObject rulesObject)
            {
                throw Error(rulesToken, "'rules' must be an object such as { \"CC1002\": \"warning\" }.");
            }

            foreach (var rule in rulesObject.Properties())
            {
                if (RuleSet.Default.Find(rule.Name) is null)
                {
                    throw Error(rule, $"Unknown rule id '{rule.Name}'. See docs/rules.md for the rule ids.");
                }

                if (ParseSeverity(rule.Value) is not { } severity)
                {
                    throw Error(rule.Value, $"The severity of {rule.Name} must be \"error\", \"warning\", \"note\" or \"off\".");
                }

                rules[rule.Name] = severity;
            }
        }

        FailLevel? failOn = null;
        if (root["failOn"] is { } failToken)
        {
            failOn = failToken.Type == JTokenType.String && FailLevels.TryParse((string?)failToken, out var level)
                ? level
                : throw Error(failToken, "'failOn' must be \"contradicted\", \"unverified\" or \"never\".");
        }

        var sources = Globs("sources").Select(source => System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, source))).ToImmutableArray();
        return new CheckConfig(full, directory, PathProperty("claims"), Globs("include"), Globs("exclude"), rules.ToImmutable(), failOn, PathProperty("baseline"), sources);
    }

    private static RuleSeverity? ParseSeverity(JToken value) => value.Type != JTokenType.String ? null : (string?)value switch
    {
        "error" => RuleSeverity.Error,
        "warning" => RuleSeverity.Warning,
        "note" => RuleSeverity.Note,
        "off" => RuleSeverity.Off,
        _ => null,
    };
}

/// <summary>The wire names of <see cref="FailLevel"/>: contradicted, unverified, never.</summary>
internal static class FailLevels
{
    public static readonly ImmutableArray<string> Names = ["contradicted", "unverified", "never"];

    public static string NameOf(FailLevel level) => level switch
    {
        FailLevel.Unverified => "unverified",
        FailLevel.Never => "never",
        _ => "contradicted",
    };

    public static bool TryParse(string? text, out FailLevel level)
    {
        switch (text)
        {
            case "contradicted":
                level = FailLevel.Contradicted;
                return true;
            case "unverified":
                level = FailLevel.Unverified;
                return true;
            case "never":
                level = FailLevel.Never;
                return true;
            default:
                level = FailLevel.Contradicted;
                return false;
        }
    }
}
