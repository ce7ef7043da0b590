using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// The labelled sets: the shared development set, and sets written for this project without looking at the engine
/// (Iraq paraphrases, and three other sources with their own statements). Precision first: no set may have a
/// critical error (supported called contradicted or the reverse). Scores are printed, and the development set's
/// targets are pinned.
/// </summary>
public sealed class EvalSetsTests
{
    private static readonly string SeedSource = Path.Combine(TestPaths.ClaimsDirectory, "sources", "globalsecurity-iraq-foreign-relations.txt");

    private static IEnumerable<TestCaseData> Sets()
    {
        var eval = Path.Combine(TestPaths.Fixtures, "Eval");
        foreach (var name in new[] { "iraq-paraphrases", "iraq-probe", "iraq-heldout", "iraq-heldout2", "iraq-heldout3", "iraq-heldout4", "iraq-heldout5", "iraq-heldout6", "iraq-heldout7", "iraq-heldout8", "iraq-heldout9", "iraq-heldout10", "iraq-heldout11", "iraq-heldout12", "iraq-heldout13", "iraq-heldout14", "iraq-heldout15", "iraq-heldout16" })
        {
            yield return new TestCaseData(Path.Combine(eval, name + ".jsonl"), null).SetArgDisplayNames(name, "curated");
            yield return new TestCaseData(Path.Combine(eval, name + ".jsonl"), SeedSource).SetArgDisplayNames(name, "reference");
        }

        foreach (var name in new[] { "nordic-defence", "andes-trade", "news-gulf-shipping", "gulf-energy", "levant-policy", "vietnam-asean", "news-sahel", "brazil-relations", "news-baltic-energy", "kazakhstan-relations", "ethiopia-relations", "news-pacific-islands", "indonesia-relations", "news-red-sea", "morocco-relations", "news-arctic", "kenya-relations", "news-danube-grain", "philippines-relations", "news-panama-canal", "chile-relations", "news-congo-cobalt", "ghana-relations", "news-mekong-dams", "mongolia-relations", "news-peru-copper", "vietnam-foreign-relations", "news-rotterdam-strike" })
        {
            yield return new TestCaseData(Path.Combine(eval, name + ".jsonl"), Path.Combine(eval, "sources", name + ".txt")).SetArgDisplayNames(name, "reference");
        }
    }

    [TestCaseSource(nameof(Sets))]
    public void EvalSet_HasNoCriticalErrors(string dataset, string? source)
    {
        var report = Evaluate(dataset, source);

        TestContext.Out.WriteLine($"{Path.GetFileName(dataset)} ({(source is null ? "curated" : "reference")}): accuracy {report.Accuracy:F3}, FEVER {report.FeverScore:F3}, critical {report.CriticalErrors}");
        report.Outcomes.Where(o => o.IsCritical).Select(o => $"{o.Item.Id}: {o.Item.Text} → {o.Result.Verdict} ({o.Result.Rule.Id})")
            .Should().BeEmpty("a critical error calls a supported statement contradicted or the reverse");
    }

    [Test]
    public void DevSet_WithCuratedClaims_ReachesTheTarget()
    {
        var report = Evaluate(Path.Combine(TestPaths.SharedDirectory, "eval", "dev.jsonl"), null);

        report.FeverScore.Should().BeGreaterThanOrEqualTo(0.95);
        report.CriticalErrors.Should().Be(0);
    }

    [Test]
    public void DevSet_WithTheSourceAlone_ReachesTheTarget()
    {
        var report = Evaluate(Path.Combine(TestPaths.SharedDirectory, "eval", "dev.jsonl"), SeedSource);

        report.FeverScore.Should().BeGreaterThanOrEqualTo(0.85);
        report.CriticalErrors.Should().Be(0);
    }

    private static EvalReport Evaluate(string dataset, string? source)
    {
        var claimBase = source is null ? ClaimBase.Load(TestPaths.ClaimsDirectory) : ClaimBase.FromSources([source]);
        return EvalCommand.Evaluate(ClaimChecker.Create(claimBase), EvalDataset.Read(dataset));
    }
}
