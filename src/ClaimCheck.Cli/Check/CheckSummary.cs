using ClaimCheck.Checking;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Documents;

namespace ClaimCheck.Cli.Check;

/// <summary>The counts every report shows.</summary>
internal sealed record CheckSummary(int Files, int Sentences, int Checked, int Skipped, int Suppressed, int Contradicted, int NotEnoughInfo, int Supported, int Findings, int Failures)
{
    public static CheckSummary Of(CheckRun run)
    {
        var sentences = run.Documents.SelectMany(d => d.Sentences).ToList();
        var verdicts = sentences.Where(s => s.Status == SentenceStatus.Checked).Select(s => s.Result!.Verdict).ToList();
        return new CheckSummary(
            run.Documents.Length,
            sentences.Count,
            verdicts.Count,
            sentences.Count(s => s.Status == SentenceStatus.Skipped),
            sentences.Count(s => s.Status == SentenceStatus.Suppressed),
            verdicts.Count(v => v == Verdict.Contradicted),
            verdicts.Count(v => v == Verdict.NotEnoughInfo),
            verdicts.Count(v => v == Verdict.Supported),
            run.Findings.Length,
            run.Findings.Count(f => f.IsFailure));
    }

    /// <summary>"N files, N sentences checked, N skipped, N contradicted, N not enough info, N supported" (suppressed sentences count as skipped).</summary>
    public override string ToString() =>
        $"{Files} files, {Checked} sentences checked, {Skipped + Suppressed} skipped, {Contradicted} contradicted, {NotEnoughInfo} not enough info, {Supported} supported";
}
