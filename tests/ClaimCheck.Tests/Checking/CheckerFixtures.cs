using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Checking;

/// <summary>
/// The claim bases the checking tests run against, loaded once: the bundled Iraq claims and the
/// <c>Fixtures/Claims/nordic-americas</c> fixture (two short sources written for these tests).
/// </summary>
internal static class CheckerFixtures
{
    /// <summary>The fixture folder under <c>Fixtures/Claims</c>.</summary>
    public const string FixtureFolder = "nordic-americas";

    private static readonly Lazy<ClaimBase> FixtureBaseValue = new(() => ClaimBase.Load(FixturePath));
    private static readonly Lazy<ClaimChecker> FixtureCheckerValue = new(() => ClaimChecker.Create(FixtureBaseValue.Value));
    private static readonly Lazy<ClaimBase> BundledBaseValue = new(() => ClaimBase.Load(TestPaths.ClaimsDirectory));
    private static readonly Lazy<ClaimChecker> BundledCheckerValue = new(() => ClaimChecker.Create(BundledBaseValue.Value));
    private static readonly Lazy<ClaimBase> BordersBaseValue = new(() => ClaimBase.FromSources([ReferenceModeTests.Source("borders.txt")]));
    private static readonly Lazy<ClaimChecker> BordersCheckerValue = new(() => ClaimChecker.Create(BordersBaseValue.Value));
    private static readonly Lazy<ClaimChecker> SeedReferenceValue = new(() => ClaimChecker.Create(ClaimBase.FromSources([Path.Combine(TestPaths.ClaimsDirectory, "sources", "globalsecurity-iraq-foreign-relations.txt")])));

    /// <summary>The fixture folder in the test output.</summary>
    public static string FixturePath => Path.Combine(TestPaths.Fixtures, "Claims", FixtureFolder);

    /// <summary>The Nordic and Americas fixture: 16 claims over two sources.</summary>
    public static ClaimBase FixtureBase => FixtureBaseValue.Value;

    /// <summary>A checker over <see cref="FixtureBase"/>.</summary>
    public static ClaimChecker Fixture => FixtureCheckerValue.Value;

    /// <summary>The bundled claims (<c>claims/</c>).</summary>
    public static ClaimBase BundledBase => BundledBaseValue.Value;

    /// <summary>A checker over <see cref="BundledBase"/>.</summary>
    public static ClaimChecker Bundled => BundledCheckerValue.Value;

    /// <summary><c>Fixtures/Sources/borders.txt</c> in reference mode: border, water, trade and speaker sentences written for the precision and coverage tests.</summary>
    public static ClaimBase BordersBase => BordersBaseValue.Value;

    /// <summary>A checker over <see cref="BordersBase"/>.</summary>
    public static ClaimChecker Borders => BordersCheckerValue.Value;

    /// <summary>Checks a statement against <see cref="Borders"/>: the verdict, and evidence made of real sentences.</summary>
    public static void ShouldBeAgainstBorders(string statement, Verdict expected)
    {
        var result = Borders.Check(statement);
        result.Verdict.Should().Be(expected, Describe(result));
        result.ShouldRestOnRealSentences(BordersBase);
    }

    /// <summary>A checker over the seed article alone, in reference mode (no curated claims).</summary>
    public static ClaimChecker SeedReference => SeedReferenceValue.Value;

    /// <summary>Asserts the verdict and the deciding rule, with the whole result in the failure message.</summary>
    public static void ShouldDecide(this CheckResult result, Verdict verdict, string ruleId)
    {
        var because = Describe(result);
        result.Verdict.Should().Be(verdict, because);
        result.Rule.Id.Should().Be(ruleId, because);
    }

    /// <summary>
    /// Asserts that a supported or contradicted result (and each of its decided atoms) cites evidence, and that every
    /// piece of evidence is a real, numbered sentence of a source of <paramref name="claimBase"/>.
    /// </summary>
    public static void ShouldRestOnRealSentences(this CheckResult result, ClaimBase claimBase)
    {
        var because = Describe(result);
        if (result.Verdict is Verdict.Supported or Verdict.Contradicted)
        {
            result.Evidence.Should().NotBeEmpty(because);
        }

        foreach (var atom in result.Atoms.Where(a => a.Verdict is Verdict.Supported or Verdict.Contradicted))
        {
            atom.Evidence.Should().NotBeEmpty($"atom \"{atom.Atom.Text}\" is {atom.Verdict}; {because}");
        }

        foreach (var evidence in result.Evidence.Concat(result.Atoms.SelectMany(a => a.Evidence)))
        {
            var source = claimBase.FindSource(evidence.SourceId);
            source.Should().NotBeNull($"evidence cites source '{evidence.SourceId}'; {because}");
            var sentence = source!.SentenceAt(evidence.SentenceNumber);
            sentence.Should().NotBeNull($"evidence cites sentence #{evidence.SentenceNumber}; {because}");
            evidence.SentenceText.Should().Be(sentence!.Text, because);
            evidence.Start.Should().Be(sentence.Start, because);
            evidence.Length.Should().Be(sentence.Length, because);
            evidence.SentenceText.Should().NotBeNullOrWhiteSpace(because);
        }
    }

    /// <summary>Every field of a result that a JSON report shows, as one string (records holding arrays do not compare by value).</summary>
    public static string Snapshot(CheckResult result) => new JObject
    {
        ["statement"] = result.Statement,
        ["verdict"] = result.Verdict.ToString(),
        ["rule"] = result.Rule.Id,
        ["explanation"] = result.Explanation,
        ["evidence"] = ClaimCheck.Cli.ResultJson.Evidence(result.Evidence),
        ["atoms"] = new JArray(result.Atoms.Select(a => new JObject
        {
            ["text"] = a.Atom.Text,
            ["start"] = a.Atom.Start,
            ["length"] = a.Atom.Length,
            ["modality"] = a.Atom.Modality.ToString(),
            ["polarity"] = a.Atom.Polarity.ToString(),
            ["time"] = a.Atom.Time?.ToString(),
            ["mentions"] = new JArray(a.Atom.Mentions.Select(m => $"{m.Entity.Id}@{m.Start}+{m.Length}")),
            ["frames"] = new JArray(a.Atom.Frames.Select(f => f.ToString())),
            ["verdict"] = a.Verdict.ToString(),
            ["rule"] = a.Rule.Id,
            ["explanation"] = a.Explanation,
            ["evidence"] = ClaimCheck.Cli.ResultJson.Evidence(a.Evidence),
            ["compared"] = new JArray(a.ComparedClaims),
        })),
    }.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>A readable dump of a result for failure messages.</summary>
    public static string Describe(CheckResult result)
    {
        var atoms = string.Join("; ", result.Atoms.Select(a =>
            $"[{a.Atom.Text}] {a.Atom.Modality}/{a.Atom.Polarity} {a.Verdict} {a.Rule.Id} frames: {string.Join(" | ", a.Atom.Frames)}"));
        return $"\"{result.Statement}\" gave {result.Verdict} by {result.Rule.Id} ({result.Explanation}); atoms: {atoms}";
    }
}
