using ClaimCheck.Checking;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli;

/// <summary>The JSON shapes of check results (documented in docs/cli.md).</summary>
internal static class ResultJson
{
    public static JObject Of(CheckResult result) => new()
    {
        ["statement"] = result.Statement,
        ["verdict"] = VerdictNames.Of(result.Verdict),
        ["rule"] = Rule(result.Rule),
        ["explanation"] = result.Explanation,
        ["evidence"] = Evidence(result.Evidence),
        ["atoms"] = new JArray(result.Atoms.Select(Atom)),
    };

    public static JObject Rule(Rules.RuleDescriptor rule) => new() { ["id"] = rule.Id, ["name"] = rule.Name };

    public static JArray Evidence(IEnumerable<Evidence> evidence) => new(evidence.Select(e => new JObject
    {
        ["source"] = e.SourceId,
        ["sentence"] = e.SentenceNumber,
        ["text"] = e.SentenceText,
        ["start"] = e.Start,
        ["length"] = e.Length,
        ["claim"] = e.ClaimId,
        ["quote"] = e.Quote,
    }));

    private static JObject Atom(AtomResult atom) => new()
    {
        ["text"] = atom.Atom.Text,
        ["start"] = atom.Atom.Start,
        ["length"] = atom.Atom.Length,
        ["modality"] = atom.Atom.Modality.ToString().ToLowerInvariant(),
        ["polarity"] = atom.Atom.Polarity.ToString().ToLowerInvariant(),
        ["frames"] = new JArray(atom.Atom.Frames.Select(f => f.ToString())),
        ["verdict"] = VerdictNames.Of(atom.Verdict),
        ["rule"] = Rule(atom.Rule),
        ["explanation"] = atom.Explanation,
        ["evidence"] = Evidence(atom.Evidence),
        ["comparedClaims"] = new JArray(atom.ComparedClaims),
    };
}
