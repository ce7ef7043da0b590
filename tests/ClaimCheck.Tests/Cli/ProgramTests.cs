using ClaimCheck.Claims;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

/// <summary>The <c>claimcheck</c> command line, run in-process through <see cref="Program.Run"/>.</summary>
public sealed class ProgramTests
{
    private static string Bundled => TestPaths.ClaimsDirectory;

    private static string Invalid(string name) => Path.Combine(TestPaths.Fixtures, "Invalid", name);

    private static (int Exit, string[] Output, string[] Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The one-line claim descriptions of <c>claims</c> output (not the indented sentences nor the summary).</summary>
    private static string[] ClaimLines(string[] output) =>
        [.. output.Where(l => !l.StartsWith(' ') && !l.EndsWith(" claims.", StringComparison.Ordinal))];

    // --- validate ----------------------------------------------------------------------------------

    [Test]
    public void Validate_BundledClaims_ExitsZeroAndReportsNoErrors()
    {
        var claimBase = ClaimBase.Load(Bundled);

        var (exit, output, error) = Run("validate", "--claims", Bundled);

        exit.Should().Be(0);
        output.Should().Equal($"{claimBase.Claims.Length} claims, 1 sources: 0 errors, 0 warnings.");
        error.Should().BeEmpty();
    }

    [TestCase("QuoteNotInSentence", "note.claims.json:21:18: error CC0005: ")]
    [TestCase("SourceChanged", "note.claims.json:6:15: error CC0006: ")]
    [TestCase("InvalidJson", "note.claims.json:13:7: error CC0001: ")]
    [TestCase("KnowledgeUnknownSlot", "knowledge.json:6:13: error CC0015: ")]
    public void Validate_BrokenFolder_ExitsOneAndPrintsTheDiagnostics(string fixture, string expectedStart)
    {
        var dir = Invalid(fixture);
        var diagnostics = ClaimBase.Load(dir).Diagnostics.Select(d => d.ToString()).ToArray();

        var (exit, output, error) = Run("validate", "--claims", dir);

        exit.Should().Be(1);
        diagnostics.Should().ContainSingle().Which.Should().StartWith(Path.Combine(dir, expectedStart));
        output.Should().HaveCount(2);
        output[0].Should().Be(diagnostics[0]);
        output[1].Should().EndWith(": 1 errors, 0 warnings.");
        error.Should().BeEmpty();
    }

    [Test]
    public void Validate_MissingFolder_ExitsOneWithCC0013()
    {
        var dir = Invalid("DoesNotExist");

        var (exit, output, _) = Run("validate", "--claims", dir);

        exit.Should().Be(1);
        output.Should().Equal($"{dir}: error CC0013: The claims folder does not exist.", "0 claims, 0 sources: 1 errors, 0 warnings.");
    }

    [TestCase("validate", "--bogus")]
    [TestCase("claims", "--no-such-option")]
    [TestCase("frobnicate")]
    public void UnknownOptionOrCommand_ExitsTwoWithAMessageOnTheErrorWriter(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--claims", Bundled]);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().OnlyContain(l => l.StartsWith("claimcheck: ") || l == "Run 'claimcheck --help' for usage.");
        var quoted = $"'{args[^1]}'";
        error.Should().Contain(l => l.StartsWith("claimcheck: ") && l.Contains(quoted), "the message names what was not understood");
        error[^1].Should().Be("Run 'claimcheck --help' for usage.");
    }

    // --- claims ----------------------------------------------------------------------------------

    [Test]
    public void Claims_EntityByCapital_ListsOnlyClaimsAboutThatCountry()
    {
        var expected = ClaimBase.Load(Bundled).Claims.Where(c => c.EntityIds().Contains("IRQ")).ToList();

        var (exit, output, error) = Run("claims", "--claims", Bundled, "--entity", "Baghdad");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        var lines = ClaimLines(output);
        lines.Should().HaveCount(expected.Count).And.NotBeEmpty();
        lines.Should().OnlyContain(l => l.Contains("Iraq"));
        lines.Select(l => l.Split(' ')[0]).Should().Equal(expected.Select(c => c.Id));
        output[^1].Should().Be($"{expected.Count} of {ClaimBase.Load(Bundled).Claims.Length} claims.");
    }

    [Test]
    public void Claims_EntityByName_OmitsClaimsNotAboutIt()
    {
        var all = ClaimBase.Load(Bundled).Claims;
        var aboutRussia = all.Count(c => c.EntityIds().Contains("RUS"));

        var (exit, output, _) = Run("claims", "--claims", Bundled, "--entity", "Russia");

        exit.Should().Be(0);
        aboutRussia.Should().BeInRange(1, all.Length - 1, "the filter must have something to leave out");
        ClaimLines(output).Should().HaveCount(aboutRussia).And.OnlyContain(l => l.Contains("Russia"));
    }

    [Test]
    public void Claims_UnknownEntity_ExitsTwo()
    {
        var (exit, output, error) = Run("claims", "--claims", Bundled, "--entity", "Atlantis");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Equal("claimcheck: No entity is called 'Atlantis'. Try an id (IRQ, opec-plus), a name, a capital or a demonym.");
    }

    [Test]
    public void Claims_KindVote_ListsOnlyVoteClaims()
    {
        var votes = ClaimBase.Load(Bundled).Claims.Count(c => c.Kind == ClaimKind.Vote);

        var (exit, output, _) = Run("claims", "--claims", Bundled, "--kind", "vote");

        exit.Should().Be(0);
        votes.Should().BePositive();
        ClaimLines(output).Should().HaveCount(votes).And.OnlyContain(l => l.Contains(" [vote]"));
    }

    [Test]
    public void Claims_UnknownKind_ExitsTwo()
    {
        var (exit, _, error) = Run("claims", "--claims", Bundled, "--kind", "alliance");

        exit.Should().Be(2);
        error.Should().ContainSingle().Which.Should().StartWith("claimcheck: Unknown kind 'alliance'.");
    }

    [Test]
    public void Claims_Sentences_ListsThe50NumberedSentencesOfTheSeed()
    {
        var (exit, output, _) = Run("claims", "--claims", Bundled, "--sentences");

        exit.Should().Be(0);
        output[0].Should().Contain("50 sentences");
        output.Should().HaveCount(51);
        output[1].Should().Be("    1  UNITED24 - Make a charitable donation in support of Ukraine!");
        output[^1].Should().Be("   50  Join the GlobalSecurity.org mailing list");
    }

    [Test]
    public void Claims_EveryClaim_IsFollowedByItsSourceSentence()
    {
        var claimBase = ClaimBase.Load(Bundled);

        var (exit, output, _) = Run("claims", "--claims", Bundled);

        exit.Should().Be(0);
        ClaimLines(output).Should().HaveCount(claimBase.Claims.Length);
        var first = claimBase.Claims[0];
        output[0].Should().StartWith($"{first.Id} [{ClaimKinds.NameOf(first.Kind)}]");
        output[1].Should().Be($"    {first.Provenance[0].SourceId} #{first.Provenance[0].SentenceNumber}: {first.Provenance[0].SentenceText}");
        output[^1].Should().Be($"{claimBase.Claims.Length} of {claimBase.Claims.Length} claims.");
    }

    // --- schema ----------------------------------------------------------------------------------

    [Test]
    public void Schema_PrintsTheClaimsSchema()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = Program.Run(["schema"], output, error);

        exit.Should().Be(0);
        output.ToString().Should().Be(ClaimCheck.Storage.ClaimsSchema.Json);
    }
}
