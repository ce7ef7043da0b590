using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (<c>--format sarif</c>) for GitHub code scanning and other SARIF viewers: one run whose driver lists
/// every rule, one result per finding, with the sentence's region, related locations at the evidence sentences in
/// their sources, and a <c>claimcheck/v1</c> partial fingerprint. No timestamps: the same input gives the same bytes.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The project's home page (the driver's informationUri).</summary>
    public const string InformationUri = "https://github.com/claimcheck/claimcheck";

    /// <summary>The rules reference; a rule's help link is an anchor in it.</summary>
    public const string RulesDocumentUri = InformationUri + "/blob/main/docs/rules.md";

    /// <summary>The key of the fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "claimcheck/v1";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public string Format => "sarif";

    public void Write(CheckRun run, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);

        var rules = RulesOf(run);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var lineMaps = new Dictionary<string, LineMap>(StringComparer.Ordinal);

        var sarif = new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "ClaimCheck",
                        ["version"] = run.Options.ToolVersion,
                        ["informationUri"] = InformationUri,
                        ["rules"] = new JArray(rules.Select(r => Rule(r, run.Rules))),
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = new JArray(run.Findings.Select(f => Result(f, ruleIndex, run.Options, lineMaps))),
            }),
        };

        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        sarif.WriteTo(json);
        json.Flush();
        output.WriteLine();
    }

    /// <summary>The SARIF level of a severity: error, warning, note (none when off).</summary>
    public static string LevelOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Note => "note",
        _ => "none",
    };

    /// <summary>The help link of a rule: its heading's anchor in docs/rules.md ("## CC1001 polarity-conflict" → <c>#cc1001-polarity-conflict</c>).</summary>
    public static string HelpUriOf(RuleDescriptor rule) =>
        $"{RulesDocumentUri}#{rule.Id.ToLowerInvariant()}-{rule.Name.ToLowerInvariant()}";

    /// <summary>
    /// A path as a SARIF artifact URI: a relative path keeps its segments (forward slashes, each segment
    /// percent-escaped); a rooted path under the working directory becomes relative to it; any other rooted path
    /// becomes a <c>file://</c> URI.
    /// </summary>
    public static string UriOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path))
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return new Uri(full).AbsoluteUri;
            }

            path = relative;
        }

        var segments = path.Replace('\\', '/').Split('/');
        var escaped = segments.Where((s, i) => !(s == "." && i < segments.Length - 1)).Select(Uri.EscapeDataString);
        return string.Join('/', escaped);
    }

    /// <summary>The run's rules: every descriptor of the rule set, then any deciding rule of a finding that it lacks.</summary>
    private static List<RuleDescriptor> RulesOf(CheckRun run)
    {
        var rules = new List<RuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in run.Rules.Descriptors.Concat(run.Findings.Select(RuleOf)))
        {
            if (seen.Add(rule.Id))
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    /// <summary>The rule a finding is reported under: the deciding atom's rule rather than the conjunction rule.</summary>
    private static RuleDescriptor RuleOf(Finding finding) => finding.Sentence.Rule ?? finding.Result.Rule;

    private static JObject Rule(RuleDescriptor rule, RuleSet ruleSet)
    {
        var severity = ruleSet.SeverityOf(rule.Id);
        var configuration = new JObject { ["level"] = LevelOf(severity == RuleSeverity.Off ? rule.DefaultSeverity : severity) };
        if (severity == RuleSeverity.Off)
        {
            configuration["enabled"] = false;
        }

        var helpUri = HelpUriOf(rule);
        return new JObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JObject { ["text"] = $"{rule.Id} {rule.Name}" },
            ["fullDescription"] = new JObject { ["text"] = rule.Description },
            ["help"] = new JObject
            {
                ["text"] = $"{rule.Description} See {helpUri}",
                ["markdown"] = $"{rule.Description} See [{rule.Id} in the rules reference]({helpUri}).",
            },
            ["helpUri"] = helpUri,
            ["defaultConfiguration"] = configuration,
        };
    }

    private static JObject Result(Finding finding, Dictionary<string, int> ruleIndex, ReportOptions options, Dictionary<string, LineMap> lineMaps)
    {
        var sentence = finding.Sentence;
        var rule = RuleOf(finding);
        var result = new JObject
        {
            ["ruleId"] = rule.Id,
            ["ruleIndex"] = ruleIndex[rule.Id],
            ["level"] = LevelOf(finding.Severity),
            ["message"] = new JObject { ["text"] = finding.Result.Explanation },
            ["locations"] = new JArray(new JObject
            {
                ["physicalLocation"] = PhysicalLocation(finding.Document.Path, sentence.Line, sentence.Column, sentence.EndLine, sentence.EndColumn),
            }),
        };

        var related = RelatedLocations(finding.Result.Evidence, options, lineMaps);
        if (related.Count > 0)
        {
            result["relatedLocations"] = related;
        }

        result["partialFingerprints"] = new JObject { [FingerprintKey] = finding.Fingerprint };
        result["properties"] = new JObject
        {
            ["verdict"] = VerdictNames.Of(finding.Result.Verdict),
            ["statement"] = sentence.Text,
        };
        return result;
    }

    /// <summary>One related location per evidence sentence (the same sentence once), in the source file when it is known.</summary>
    private static JArray RelatedLocations(IEnumerable<Evidence> evidence, ReportOptions options, Dictionary<string, LineMap> lineMaps)
    {
        var related = new JArray();
        var seen = new HashSet<(string, int)>();
        foreach (var e in evidence)
        {
            if (!seen.Add((e.SourceId, e.SentenceNumber)))
            {
                continue;
            }

            var location = new JObject
            {
                ["id"] = related.Count,
                ["message"] = new JObject { ["text"] = e.SentenceText },
            };

            if (options.Sources.TryGetValue(e.SourceId, out var source) && e.Start >= 0 && e.Length >= 0 && e.Start + e.Length <= source.Text.Length)
            {
                if (!lineMaps.TryGetValue(e.SourceId, out var map))
                {
                    map = new LineMap(source.Text);
                    lineMaps[e.SourceId] = map;
                }

                var start = map.GetPosition(e.Start);
                var end = map.GetPosition(e.Start + e.Length);
                location["physicalLocation"] = PhysicalLocation(source.Path, start.Line, start.Column, end.Line, end.Column);
            }
            else
            {
                location["logicalLocations"] = new JArray(new JObject
                {
                    ["name"] = $"{e.SourceId}#{e.SentenceNumber.ToString(CultureInfo.InvariantCulture)}",
                    ["kind"] = "source-sentence",
                });
            }

            related.Add(location);
        }

        return related;
    }

    private static JObject PhysicalLocation(string path, int line, int column, int endLine, int endColumn)
    {
        var region = new JObject
        {
            ["startLine"] = Math.Max(1, line),
            ["startColumn"] = Math.Max(1, column),
        };

        // SARIF's end column is exclusive, like the positions' end column; an empty or inverted span keeps only the start.
        if (endLine > line || (endLine == line && endColumn > column))
        {
            region["endLine"] = endLine;
            region["endColumn"] = Math.Max(1, endColumn);
        }

        return new JObject
        {
            ["artifactLocation"] = new JObject { ["uri"] = UriOf(path) },
            ["region"] = region,
        };
    }
}
