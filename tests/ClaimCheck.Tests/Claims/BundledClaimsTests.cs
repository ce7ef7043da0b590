using ClaimCheck.Claims;
using ClaimCheck.Storage;
using ClaimCheck.Text;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Claims;

/// <summary>The claims folder shipped in <c>claims/</c>: it must load cleanly and every claim must rest on its source's words.</summary>
public sealed class BundledClaimsTests
{
    private const string SeedSourceId = "globalsecurity-iraq-foreign-relations";
    private const string SeedFileName = "globalsecurity-iraq-foreign-relations.txt";

    private static readonly Lazy<ClaimBase> Bundled = new(() => ClaimBase.Load(TestPaths.ClaimsDirectory));

    private static ClaimBase ClaimBase => Bundled.Value;

    private static IEnumerable<TestCaseData> ClaimIds() =>
        ClaimBase.Claims.Select(c => new TestCaseData(c.Id).SetArgDisplayNames(c.Id));

    [Test]
    public void Load_BundledClaims_ReportsNoDiagnostics()
    {
        ClaimBase.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Test]
    public void Load_BundledClaims_HoldsBetween40And80Claims()
    {
        ClaimBase.Claims.Length.Should().BeInRange(40, 80);
    }

    [Test]
    public void Load_BundledClaims_KeepsEveryClaimOfTheFiles()
    {
        var written = Directory.GetFiles(TestPaths.ClaimsDirectory, "*.claims.json")
            .SelectMany(f => (JArray)JObject.Parse(File.ReadAllText(f))["claims"]!)
            .Select(c => (string)c["id"]!);

        ClaimBase.Claims.Select(c => c.Id).Should().Equal(written);
    }

    [Test]
    public void Load_BundledClaims_HasTheSeedSourceWith50Sentences()
    {
        var source = ClaimBase.FindSource(SeedSourceId);

        source.Should().NotBeNull();
        source!.Sentences.Should().HaveCount(50);
    }

    [TestCaseSource(nameof(ClaimIds))]
    public void BundledClaim_EveryQuote_IsVerbatimInItsCitedSentence(string id)
    {
        var claim = ClaimBase.FindClaim(id)!;
        claim.Provenance.Should().NotBeEmpty();
        foreach (var provenance in claim.Provenance)
        {
            var source = ClaimBase.FindSource(provenance.SourceId);
            source.Should().NotBeNull($"claim '{id}' cites source '{provenance.SourceId}'");
            var sentence = source!.SentenceAt(provenance.SentenceNumber);
            sentence.Should().NotBeNull($"claim '{id}' cites sentence {provenance.SentenceNumber}");

            TextFolding.FoldQuotes(sentence!.Text).Should().Contain(TextFolding.FoldQuotes(provenance.Quote), $"claim '{id}' quotes sentence {provenance.SentenceNumber}");
            provenance.SentenceText.Should().Be(sentence.Text);
        }
    }

    [TestCaseSource(nameof(ClaimIds))]
    public void BundledClaim_EveryProvenanceSpan_IsTheQuoteInTheSourceText(string id)
    {
        var claim = ClaimBase.FindClaim(id)!;
        var written = WrittenQuotes(id);
        claim.Provenance.Select(p => p.Quote).Should().HaveSameCount(written);
        for (var i = 0; i < claim.Provenance.Length; i++)
        {
            var provenance = claim.Provenance[i];
            var source = ClaimBase.FindSource(provenance.SourceId)!;
            var sentence = source.SentenceAt(provenance.SentenceNumber)!;

            source.Text.Substring(provenance.Start, provenance.Length).Should().Be(provenance.Quote);
            TextFolding.FoldQuotes(provenance.Quote).Should().Be(TextFolding.FoldQuotes(written[i]), "the span holds the words the claims file quotes");
            provenance.Start.Should().BeGreaterThanOrEqualTo(sentence.Start);
            (provenance.Start + provenance.Length).Should().BeLessThanOrEqualTo(sentence.End, "the quote lies inside its sentence");
        }
    }

    [Test]
    public void BundledClaims_CiteEveryFactualSentenceOfTheSeedSource()
    {
        // Sentences 1-3 ("UNITED24 - Make a charitable donation...", "Military", "Foreign Relations - World War III")
        // and 49-50 ("NEWSLETTER", "Join the GlobalSecurity.org mailing list") are site boilerplate, not facts;
        // every sentence in between states something and must back at least one claim.
        var cited = ClaimBase.Claims
            .SelectMany(c => c.Provenance)
            .Where(p => p.SourceId == SeedSourceId)
            .Select(p => p.SentenceNumber)
            .ToHashSet();

        Enumerable.Range(4, 45).Where(n => !cited.Contains(n)).Should().BeEmpty("every factual sentence (4 to 48) should be cited");
    }

    [Test]
    public void PublishedClaimsSchema_EqualsTheGeneratedSchema()
    {
        var published = File.ReadAllText(Path.Combine(TestPaths.ClaimsDirectory, "claims.schema.json"));

        published.Should().Be(ClaimsSchema.Json, "claims/claims.schema.json must be regenerated with 'claimcheck schema' when ClaimKinds changes");
    }

    [TestCase("knowledge.schema.json")]
    [TestCase("entities.schema.json")]
    public void PublishedSchema_EqualsTheEmbeddedCopy(string name)
    {
        var published = File.ReadAllText(Path.Combine(TestPaths.ClaimsDirectory, name));
        var resource = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ClaimCheck", "Resources", name));

        published.Should().Be(resource, $"claims/{name} is a copy of src/ClaimCheck/Resources/{name}");
        published.Should().Be(EmbeddedResources.ReadText(name), "the library validates with its embedded copy");
    }

    [Test]
    public void SeedSource_IsByteIdenticalToTheSharedOriginal()
    {
        var bundled = File.ReadAllBytes(Path.Combine(TestPaths.ClaimsDirectory, "sources", SeedFileName));
        var original = File.ReadAllBytes(Path.Combine(TestPaths.SharedDirectory, "sources", SeedFileName));

        bundled.Should().Equal(original);
    }

    private static string[] WrittenQuotes(string id)
    {
        foreach (var file in Directory.GetFiles(TestPaths.ClaimsDirectory, "*.claims.json"))
        {
            var claim = ((JArray)JObject.Parse(File.ReadAllText(file))["claims"]!).Children<JObject>().FirstOrDefault(c => (string?)c["id"] == id);
            if (claim is not null)
            {
                return [.. claim["provenance"]!.Select(p => (string)p["quote"]!)];
            }
        }

        throw new InvalidOperationException($"No claims file holds claim '{id}'.");
    }
}
