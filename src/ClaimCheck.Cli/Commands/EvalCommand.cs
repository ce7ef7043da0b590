using System.CommandLine;
using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Cli.Evaluation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck eval DATASET.jsonl</c>: runs a labelled set and prints the metrics of shared/eval/README.md.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A JSON Lines file: {\"id\", \"text\", \"label\", \"evidence\"} per line." };
        var claims = CommonOptions.Claims();
        var sources = CommonOptions.Sources();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("eval", "Score the checker on a labelled dataset: accuracy, macro-F1, critical errors, evidence hit, FEVER score.") { dataset, claims, sources, format };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(claims), result.GetValue(sources) ?? [], result.GetValue(format)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    internal static EvalReport Evaluate(ClaimChecker checker, IEnumerable<EvalItem> items) =>
        new([.. items.Select(item => new EvalOutcome(item, checker.Check(item.Text)))]);

    private static int Run(string datasetPath, string? claimsDirectory, string[] sources, string format, TextWriter output, TextWriter error)
    {
        var items = EvalDataset.Read(datasetPath);
        var checker = ClaimBases.LoadChecker(claimsDirectory, sources, error);
        var report = Evaluate(checker, items);
        if (format == "json")
        {
            output.WriteLine(ToJson(report).ToString(Formatting.Indented));
        }
        else
        {
            WriteText(report, output);
        }

        return ExitCodes.Ok;
    }

    private static JObject ToJson(EvalReport report) => new()
    {
        ["metrics"] = new JObject
        {
            ["total"] = report.Total,
            ["accuracy"] = Round(report.Accuracy),
            ["macroF1"] = Round(report.MacroF1),
            ["criticalErrors"] = report.CriticalErrors,
            ["evidenceHit"] = Round(report.EvidenceHit),
            ["feverScore"] = Round(report.FeverScore),
        },
        ["items"] = new JArray(report.Outcomes.Select(o => new JObject
        {
            ["id"] = o.Item.Id,
            ["text"] = o.Item.Text,
            ["gold"] = VerdictNames.Of(o.Item.Label),
            ["predicted"] = VerdictNames.Of(o.Result.Verdict),
            ["rule"] = o.Result.Rule.Id,
            ["explanation"] = o.Result.Explanation,
            ["evidence"] = new JArray(o.Result.Evidence.Select(e => new JObject { ["source"] = e.SourceId, ["sentence"] = e.SentenceNumber, ["text"] = e.SentenceText })),
        })),
    };

    private static void WriteText(EvalReport report, TextWriter output)
    {
        var misses = report.Outcomes.Where(o => !o.Correct || (o.Item.Label != Verdict.NotEnoughInfo && !o.EvidenceHit)).ToList();
        if (misses.Count > 0)
        {
            output.WriteLine("Misses:");
            foreach (var miss in misses)
            {
                var what = miss.Correct ? "evidence not cited" : $"gold {VerdictNames.Of(miss.Item.Label)}, predicted {VerdictNames.Of(miss.Result.Verdict)}{(miss.IsCritical ? " (CRITICAL)" : "")}";
                output.WriteLine($"  {miss.Item.Id}: {what} [{miss.Result.Rule.Id}] {miss.Item.Text}");
                output.WriteLine($"      {miss.Result.Explanation}");
            }

            output.WriteLine();
        }

        Verdict[] labels = [Verdict.Supported, Verdict.Contradicted, Verdict.NotEnoughInfo];
        output.WriteLine("Confusion (rows gold, columns predicted):");
        output.WriteLine($"  {"",-16}{"supported",12}{"contradicted",14}{"nei",8}");
        foreach (var gold in labels)
        {
            output.WriteLine($"  {VerdictNames.Of(gold),-16}{report.Count(gold, Verdict.Supported),12}{report.Count(gold, Verdict.Contradicted),14}{report.Count(gold, Verdict.NotEnoughInfo),8}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {report.Total}  accuracy {report.Accuracy:F3}  macro-F1 {report.MacroF1:F3}  critical errors {report.CriticalErrors}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evidence hit {report.EvidenceHit:F3}  FEVER score {report.FeverScore:F3}"));
    }

    private static double Round(double value) => Math.Round(value, 4);
}
