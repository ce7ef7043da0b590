using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Docs;

/// <summary>
/// The code shown in README.md, docs/getting-started.md and docs/rules.md, compiled and run. Each snippet lives
/// here between <c>// &lt;name&gt;</c> and <c>// &lt;/name&gt;</c> markers, and a test checks that the documents
/// show exactly those lines, so the docs cannot drift from code that builds and works.
/// </summary>
[NonParallelizable] // the library snippet runs with the repository as current directory, as a reader's program would
public sealed class DocSnippetTests
{
    private const string CanonicalExample = "Iraq voted against Russia at the UN.";

    [Test]
    public void LibrarySnippet_OnTheBundledClaims_ContradictsTheCanonicalExampleWithEvidence()
    {
        var previousDirectory = Environment.CurrentDirectory;
        var previousOutput = Console.Out;
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Environment.CurrentDirectory = TestPaths.RepoRoot;
        Console.SetOut(output);
        try
        {
            // <library-snippet>
            var claimBase = ClaimBase.Load("claims"); // never throws: problems are diagnostics
            foreach (var diagnostic in claimBase.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic); // file:line:col: error CC0005: ...
            }

            var checker = ClaimChecker.Create(claimBase); // build once; immutable and thread-safe
            var result = checker.Check("Iraq voted against Russia at the UN.");

            Console.WriteLine($"{result.Verdict} ({result.Rule.Id} {result.Rule.Name})");
            Console.WriteLine(result.Explanation);
            foreach (var evidence in result.Evidence)
            {
                Console.WriteLine($"  {evidence.SourceId} #{evidence.SentenceNumber}: {evidence.SentenceText}");
            }
            // </library-snippet>

            claimBase.Diagnostics.Should().BeEmpty();
            result.Statement.Should().Be(CanonicalExample);
            result.Verdict.Should().Be(Verdict.Contradicted);
            result.Evidence.Should().Contain(e => e.SourceId == "globalsecurity-iraq-foreign-relations" && e.SentenceNumber == 48,
                "the abstention sentence is the evidence");
            output.ToString().Should().StartWith("Contradicted (")
                .And.Contain("globalsecurity-iraq-foreign-relations #48: For example, Iraq abstained");
        }
        finally
        {
            Console.SetOut(previousOutput);
            Environment.CurrentDirectory = previousDirectory;
        }
    }

    [TestCase("README.md", "library-snippet")]
    [TestCase("docs/getting-started.md", "library-snippet")]
    [TestCase("docs/rules.md", "configure-rules")]
    [TestCase("docs/rules.md", "custom-rule")]
    public void Document_ShowsExactlyTheTestedSnippet(string document, string snippet)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, document)).Replace("\r\n", "\n", StringComparison.Ordinal);

        text.Should().Contain(Snippet(snippet), $"{document} must show the '{snippet}' lines of DocSnippetTests.cs verbatim (copy them over after editing either)");
    }

    [Test]
    public void ConfigureSnippet_SwitchesRulesOffChangesSeveritiesAndAddsACustomRule()
    {
        var claimBase = ClaimBase.Load(TestPaths.ClaimsDirectory);

        // <configure-rules>
        var rules = RuleSet.Default
            .Without("CC1103")                           // no antonym contradictions from sentence alignment
            .WithSeverity("CC1904", RuleSeverity.Error)  // report partial matches as errors
            .With(new StrictNumberRule());               // add a rule written in C# (below)
        var checker = ClaimChecker.Create(claimBase, new CheckerOptions { Rules = rules });
        // </configure-rules>

        rules.IsEnabled("CC1103").Should().BeFalse();
        rules.SeverityOf("CC1904").Should().Be(RuleSeverity.Error);
        rules.Find("ACME001").Should().NotBeNull();
        RuleSet.Default.IsEnabled("CC1103").Should().BeTrue("a rule set is immutable: changes return a new set");
        checker.Options.Rules.Should().BeSameAs(rules);
        checker.Check("Iraq sells much of its grain to other regions.").Rule.Id.Should().NotBe("CC1103");
    }

    [Test]
    public void CustomRule_ContradictsANumberTheBuiltInToleranceAccepts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-doc-" + Guid.NewGuid().ToString("N"));
        try
        {
            var claimBase = ClaimBase.Load(WriteQuantityClaims(folder));
            claimBase.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
            const string statement = "Norway's oil production was 2.05 million barrels a day in 2023.";

            var builtIn = ClaimChecker.Create(claimBase).Check(statement);
            var strict = ClaimChecker.Create(claimBase, new CheckerOptions { Rules = RuleSet.Default.With(new StrictNumberRule()) }).Check(statement);

            builtIn.Verdict.Should().NotBe(Verdict.Contradicted, "CC1004 tolerates a 5% difference");
            strict.Verdict.Should().Be(Verdict.Contradicted);
            strict.Rule.Id.Should().Be("ACME001");
            strict.Evidence.Should().ContainSingle().Which.ClaimId.Should().Be("norway-oil-production-2023");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // <custom-rule>
    /// <summary>Contradicts a quantity that differs from the source's by more than 1% (CC1004 allows 5%).</summary>
    public sealed class StrictNumberRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } =
            new("ACME001", "strict-number", "The statement gives a number more than 1% away from the source's.", RuleSeverity.Error);

        public RuleOutcome? Evaluate(RuleContext context)
        {
            if (context.Frame.Kind != ClaimKind.Quantity || context.Frame.Slot("value")?.Number is not { } stated)
            {
                return null; // not this rule's business: stay silent
            }

            // Candidates: the claims of the frame's kind about its entities, from the index (never every claim).
            var measure = context.Frame.Slot("measure")?.First;
            var differing = context.Candidates
                .Where(c => c.Slot("measure")?.First == measure)
                .Where(c => c.Slot("value")?.Number is { } known && Math.Abs(known - stated) > 0.01 * Math.Abs(known))
                .ToImmutableArray();

            // The claims' provenance becomes the evidence, so a verdict always cites source sentences.
            return differing.IsEmpty
                ? null
                : new RuleOutcome(Verdict.Contradicted, differing, $"The source gives {differing[0].Slot("value")}, not {stated:G4}.");
        }
    }
    // </custom-rule>

    /// <summary>Writes a one-claim folder: Norway's oil production, with a value the built-in tolerance can be tested against.</summary>
    private static string WriteQuantityClaims(string folder)
    {
        const string text = "Nordic briefing\n\nNorway produced 2 million barrels of oil a day in 2023.\n";
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "briefing.txt"), text);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        File.WriteAllText(Path.Combine(folder, "nordic.claims.json"), $$"""
            {
              "sources": [ { "id": "briefing", "path": "sources/briefing.txt", "sha256": "{{sha256}}" } ],
              "claims": [
                {
                  "id": "norway-oil-production-2023",
                  "kind": "quantity",
                  "slots": { "subject": "NOR", "measure": "oil production", "value": 2000000, "unit": "barrels a day" },
                  "time": "2023",
                  "provenance": [ { "source": "briefing", "sentence": 2, "quote": "Norway produced 2 million barrels of oil a day in 2023" } ]
                }
              ]
            }
            """);
        return folder;
    }

    /// <summary>The lines between <c>// &lt;name&gt;</c> and <c>// &lt;/name&gt;</c> in this file, without their common indentation.</summary>
    private static string Snippet(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCheck.Tests", "Docs", "DocSnippetTests.cs"));
        var start = Array.FindIndex(lines, l => l.Trim() == $"// <{name}>");
        var end = Array.FindIndex(lines, l => l.Trim() == $"// </{name}>");
        start.Should().BeGreaterThanOrEqualTo(0, $"the snippet '{name}' has a start marker");
        end.Should().BeGreaterThan(start, $"the snippet '{name}' has an end marker after its start");

        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
