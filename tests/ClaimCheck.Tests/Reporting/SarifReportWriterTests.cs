using ClaimCheck.Checking;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NJsonSchema;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The SARIF 2.1.0 report: valid against the official schema, and carrying what GitHub code scanning reads.</summary>
public sealed class SarifReportWriterTests
{
    private static string SchemaPath => Path.Combine(TestPaths.SharedDirectory, "schemas", "sarif-schema-2.1.0.json");

    private static CheckRun WithFindings() =>
        ReportRuns.Run(ReportRuns.Bundled, FailLevel.Unverified, [ReportRuns.Article()]);

    private static CheckRun WithoutFindings() =>
        ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "notes.md", $"{ReportRuns.Supported}\n", [ReportRuns.Supported])]);

    private static JObject Sarif(CheckRun run) => JObject.Parse(ReportRuns.Write(new SarifReportWriter(), run));

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string sarif)
    {
        if (!File.Exists(SchemaPath))
        {
            Assert.Fail($"The SARIF schema is missing: {SchemaPath}");
        }

        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        return schema.Validate(sarif);
    }

    private static string Describe(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} ({e.LineNumber}:{e.LinePosition})"));

    [Test]
    public async Task RunWithFindings_ValidatesAgainstTheSarifSchema()
    {
        var run = WithFindings();
        run.Findings.Should().HaveCount(2, "a contradicted and a not-enough-info sentence");

        var errors = await Validate(ReportRuns.Write(new SarifReportWriter(), run));

        errors.Should().BeEmpty(Describe(errors));
    }

    [Test]
    public async Task RunWithoutFindings_ValidatesAgainstTheSarifSchema()
    {
        var run = WithoutFindings();
        run.Findings.Should().BeEmpty();

        var sarif = ReportRuns.Write(new SarifReportWriter(), run);
        var errors = await Validate(sarif);

        errors.Should().BeEmpty(Describe(errors));
        JObject.Parse(sarif)["runs"]![0]!["results"].Should().BeOfType<JArray>().Which.Should().BeEmpty();
    }

    [Test]
    public async Task FindingWithSeveralEvidenceSentences_ValidatesAndListsEachSentenceOnce()
    {
        const string statement = "Iraq has joined Western sanctions against Russia.";
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "a.md", statement, [statement])]);
        var evidence = run.Findings.Should().ContainSingle().Which.Result.Evidence;

        var sarif = ReportRuns.Write(new SarifReportWriter(), run);
        var errors = await Validate(sarif);

        errors.Should().BeEmpty(Describe(errors));
        var related = (JArray)JObject.Parse(sarif)["runs"]![0]!["results"]![0]!["relatedLocations"]!;
        related.Should().HaveCount(evidence.Select(e => (e.SourceId, e.SentenceNumber)).Distinct().Count());
        related.Select(r => (int)r["id"]!).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Header_HasSchemaVersionAndOneRunWithTheDriver()
    {
        var sarif = Sarif(WithFindings());

        ((string?)sarif["$schema"]).Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        ((string?)sarif["version"]).Should().Be("2.1.0");
        var driver = sarif["runs"].Should().BeOfType<JArray>().Which.Should().ContainSingle().Which["tool"]!["driver"]!;
        ((string?)driver["name"]).Should().Be("ClaimCheck");
        ((string?)driver["version"]).Should().Be("0.1.0-test");
        ((string?)driver["informationUri"]).Should().StartWith("https://");
    }

    [Test]
    public void Rules_ListEveryDescriptorWithDescriptionsHelpAndLevel()
    {
        var sarif = Sarif(WithFindings());
        var rules = (JArray)sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!;
        var descriptors = RuleSet.Default.Descriptors.ToList();

        rules.Select(r => (string?)r["id"]).Should().Equal(descriptors.Select(d => d.Id));
        for (var i = 0; i < descriptors.Count; i++)
        {
            var rule = rules[i];
            var descriptor = descriptors[i];
            ((string?)rule["name"]).Should().Be(descriptor.Name);
            ((string?)rule["shortDescription"]!["text"]).Should().NotBeNullOrWhiteSpace();
            ((string?)rule["fullDescription"]!["text"]).Should().Be(descriptor.Description);
            ((string?)rule["help"]!["text"]).Should().Contain(descriptor.Description);
            ((string?)rule["helpUri"]).Should().EndWith($"docs/rules.md#{descriptor.Id.ToLowerInvariant()}-{descriptor.Name}");
            ((string?)rule["defaultConfiguration"]!["level"]).Should().Be(SarifReportWriter.LevelOf(descriptor.DefaultSeverity));
        }
    }

    [Test]
    public void HelpUris_AreAnchorsOfHeadingsInTheRulesReference()
    {
        var anchors = File.ReadLines(Path.Combine(TestPaths.RepoRoot, "docs", "rules.md"))
            .Where(l => l.StartsWith('#'))
            .Select(GitHubAnchor)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var descriptor in RuleSet.Default.Descriptors)
        {
            var helpUri = SarifReportWriter.HelpUriOf(descriptor);
            helpUri.Should().StartWith(SarifReportWriter.RulesDocumentUri + "#");
            anchors.Should().Contain(helpUri[(helpUri.IndexOf('#', StringComparison.Ordinal) + 1)..], $"docs/rules.md has a heading for {descriptor.Id}");
        }
    }

    /// <summary>GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string GitHubAnchor(string heading) =>
        new string([.. heading.TrimStart('#').Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Replace(' ', '-');

    [Test]
    public void Result_PointsAtTheSentenceWithRuleLevelMessageAndFingerprint()
    {
        var run = WithFindings();
        var finding = run.Findings.Single(f => f.Result.Verdict == Verdict.Contradicted);
        var sarif = Sarif(run);
        var rules = (JArray)sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!;

        var result = sarif["runs"]![0]!["results"]![0]!;

        ((string?)result["ruleId"]).Should().Be(finding.Result.Rule.Id).And.Be("CC1002");
        ((string?)rules[(int)result["ruleIndex"]!]["id"]).Should().Be(finding.Result.Rule.Id);
        ((string?)result["level"]).Should().Be("error");
        ((string?)result["message"]!["text"]).Should().Be(finding.Result.Explanation);
        var location = result["locations"].Should().BeOfType<JArray>().Which.Should().ContainSingle().Which["physicalLocation"]!;
        ((string?)location["artifactLocation"]!["uri"]).Should().Be("docs/iraq%20article.md");
        var region = location["region"]!;
        ((int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!)
            .Should().Be((3, 24, 3, 24 + ReportRuns.Contradicted.Length));
        ((string?)result["partialFingerprints"]!["claimcheck/v1"]).Should().Be(finding.Fingerprint);
    }

    [Test]
    public void RelatedLocations_PointAtTheEvidenceSentenceInItsSourceFile()
    {
        var run = WithFindings();
        var evidence = run.Findings.Single(f => f.Result.Verdict == Verdict.Contradicted).Result.Evidence[0];
        var source = ReportRuns.Bundled.FindSource(evidence.SourceId)!;
        var map = new LineMap(source.Text);
        var start = map.GetPosition(evidence.Start);
        var end = map.GetPosition(evidence.Start + evidence.Length);

        var related = Sarif(run)["runs"]![0]!["results"]![0]!["relatedLocations"]![0]!;

        ((string?)related["message"]!["text"]).Should().Be(evidence.SentenceText);
        var location = related["physicalLocation"]!;
        ((string?)location["artifactLocation"]!["uri"]).Should().EndWith("claims/sources/globalsecurity-iraq-foreign-relations.txt");
        var region = location["region"]!;
        ((int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!)
            .Should().Be((start.Line, start.Column, end.Line, end.Column));
        source.Text.Substring(evidence.Start, evidence.Length).Should().Be(evidence.SentenceText);
    }

    [Test]
    public void StatementOfSeveralParts_IsReportedUnderTheRuleOfThePartThatDecided()
    {
        const string statement = "Iraq voted against Russia at the UN and is a member of OPEC+.";
        var run = ReportRuns.Run(ReportRuns.Bundled, FailLevel.Contradicted, [ReportRuns.Document(ReportRuns.Bundled, "a.md", statement, [statement])]);
        run.Findings.Should().ContainSingle().Which.Result.Rule.Id.Should().Be("CC1901");

        var result = Sarif(run)["runs"]![0]!["results"]![0]!;

        ((string?)result["ruleId"]).Should().Be("CC1002");
        ((int)result["ruleIndex"]!).Should().Be(RuleSet.Default.Descriptors.ToList().FindIndex(d => d.Id == "CC1002"));
    }

    [Test]
    public void NotEnoughInfoFinding_IsAWarningWithoutRelatedLocations()
    {
        var result = Sarif(WithFindings())["runs"]![0]!["results"]![1]!;

        ((string?)result["ruleId"]).Should().Be("CC1903");
        ((string?)result["level"]).Should().Be("warning");
        result["relatedLocations"].Should().BeNull();
        ((int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!).Should().Be(6);
    }

    [Test]
    public void SourcesUnknown_RelatedLocationsAreLogical()
    {
        var run = WithFindings() with { Options = new ReportOptions("1.0.0", null, null, null) };

        var related = Sarif(run)["runs"]![0]!["results"]![0]!["relatedLocations"]![0]!;

        related["physicalLocation"].Should().BeNull();
        ((string?)related["logicalLocations"]![0]!["name"]).Should().StartWith("globalsecurity-iraq-foreign-relations#");
    }

    [Test]
    public void Output_IsDeterministic()
    {
        ReportRuns.Write(new SarifReportWriter(), WithFindings()).Should().Be(ReportRuns.Write(new SarifReportWriter(), WithFindings()));
    }

    [TestCase("docs/a.md", "docs/a.md")]
    [TestCase(@"docs\sub\a b.md", "docs/sub/a%20b.md")]
    [TestCase("./docs/a.md", "docs/a.md")]
    [TestCase("../x/a#1.md", "../x/a%231.md")]
    public void UriOf_RelativePath_IsARelativeUriWithForwardSlashes(string path, string expected)
    {
        SarifReportWriter.UriOf(path).Should().Be(expected);
    }

    [Test]
    public void UriOf_RootedPathUnderTheWorkingDirectory_IsRelative()
    {
        SarifReportWriter.UriOf(Path.Combine(Environment.CurrentDirectory, "docs", "a.md")).Should().Be("docs/a.md");
    }

    [Test]
    public void UriOf_RootedPathElsewhere_IsAFileUri()
    {
        var elsewhere = Path.Combine(Path.GetPathRoot(Environment.CurrentDirectory)!, "elsewhere-claimcheck", "a.md");
        if (elsewhere.StartsWith(Environment.CurrentDirectory, StringComparison.Ordinal))
        {
            Assert.Ignore("The working directory is the file system root.");
        }

        SarifReportWriter.UriOf(elsewhere).Should().StartWith("file:///").And.EndWith("elsewhere-claimcheck/a.md");
    }
}
