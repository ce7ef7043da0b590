using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Text;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Scores of an evaluation run, defined in shared/eval/README.md.</summary>
internal sealed record EvalReport(ImmutableArray<EvalOutcome> Outcomes)
{
    private static readonly Verdict[] Labels = [Verdict.Supported, Verdict.Contradicted, Verdict.NotEnoughInfo];

    public int Total => Outcomes.Length;

    public double Accuracy => Total == 0 ? 0 : (double)Outcomes.Count(o => o.Correct) / Total;

    public int CriticalErrors => Outcomes.Count(o => o.IsCritical);

    /// <summary>Among correct supported/contradicted items, the share whose cited sentences contain a gold evidence string.</summary>
    public double EvidenceHit
    {
        get
        {
            var eligible = Outcomes.Where(o => o.Correct && o.Item.Label != Verdict.NotEnoughInfo).ToList();
            return eligible.Count == 0 ? 0 : (double)eligible.Count(o => o.EvidenceHit) / eligible.Count;
        }
    }

    /// <summary>Correct label and, unless not-enough-info, an evidence hit.</summary>
    public double FeverScore => Total == 0 ? 0 : (double)Outcomes.Count(o => o.Correct && (o.Item.Label == Verdict.NotEnoughInfo || o.EvidenceHit)) / Total;

    public double MacroF1 => Labels.Average(F1);

    public int Count(Verdict gold, Verdict predicted) => Outcomes.Count(o => o.Item.Label == gold && o.Result.Verdict == predicted);

    private double F1(Verdict label)
    {
        var truePositives = Count(label, label);
        var predicted = Outcomes.Count(o => o.Result.Verdict == label);
        var actual = Outcomes.Count(o => o.Item.Label == label);
        if (truePositives == 0)
        {
            return 0;
        }

        var precision = (double)truePositives / predicted;
        var recall = (double)truePositives / actual;
        return 2 * precision * recall / (precision + recall);
    }
}

/// <summary>One item with the checker's result.</summary>
internal sealed record EvalOutcome(EvalItem Item, CheckResult Result)
{
    public bool Correct => Item.Label == Result.Verdict;

    public bool IsCritical =>
        (Item.Label == Verdict.Supported && Result.Verdict == Verdict.Contradicted)
        || (Item.Label == Verdict.Contradicted && Result.Verdict == Verdict.Supported);

    public bool EvidenceHit => Item.Evidence.Any(gold =>
        Result.Evidence.Any(e => TextFolding.FoldQuotes(e.SentenceText).Contains(TextFolding.FoldQuotes(gold), StringComparison.Ordinal)));
}
