using ClaimCheck.Claims;
using ClaimCheck.Extraction;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// How much of the curated claim base the extractor recovers from the seed source on its own: for each typed
/// curated claim (generic claims are free text and out of scope), the share of its slots that an extracted
/// claim of the same kind from the same sentence fills with the same value.
/// </summary>
public sealed class ExtractionRecallTests
{
    [Test]
    public void Extract_OnTheSeed_RecoversMostCuratedKindsAndSlots()
    {
        var curated = ClaimBase.Load(TestPaths.ClaimsDirectory);
        var seed = curated.Sources.Single();
        var extracted = new ClaimExtractor(curated.Entities, DomainKnowledge.Default, curated.Claims.Where(c => c.Kind == ClaimKind.Office))
            .Extract(seed);

        var typed = curated.Claims.Where(c => c.Kind != ClaimKind.Generic).ToList();
        var kindHits = 0;
        var slotScore = 0.0;
        var report = new List<string>();
        foreach (var claim in typed)
        {
            var sentences = claim.Provenance.Select(p => p.SentenceNumber).ToHashSet();
            var sameKind = extracted.Where(e => e.Kind == claim.Kind && sentences.Contains(e.Provenance[0].SentenceNumber)).ToList();
            var best = sameKind.Select(e => SlotAgreement(claim, e)).DefaultIfEmpty(0).Max();
            kindHits += sameKind.Count > 0 ? 1 : 0;
            slotScore += best;
            report.Add($"{best:F2} {claim.Id}");
        }

        var kindRecall = (double)kindHits / typed.Count;
        var slotRecall = slotScore / typed.Count;
        TestContext.Out.WriteLine($"Extraction recall on the seed: kinds {kindRecall:P0}, slots {slotRecall:P0} over {typed.Count} typed curated claims ({extracted.Length} drafts).");
        foreach (var line in report.Order(StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine(line);
        }

        kindRecall.Should().BeGreaterThanOrEqualTo(0.8);
        slotRecall.Should().BeGreaterThanOrEqualTo(0.8);
    }

    // The share of the curated claim's slots (and its polarity) that the draft reproduces.
    // Relations are symmetric: "the U.S. is one of Iraq's allies" fills party and counterpart the other way round.
    private static double SlotAgreement(Claim curated, Claim draft)
    {
        if (curated.Kind == ClaimKind.Relations)
        {
            var wanted = curated.EntityIds().ToHashSet();
            var got = draft.EntityIds().ToHashSet();
            var parties = wanted.SetEquals(got) || (got.IsSubsetOf(wanted) && got.Count >= 2) ? 2 : 0;
            var status = draft.Slot("status")?.First == curated.Slot("status")?.First ? 1 : 0;
            return (parties + status + (curated.Polarity == draft.Polarity ? 1 : 0)) / 4.0;
        }

        var slots = ClaimKinds.RolesOf(curated.Kind).Where(r => curated.Slot(r.Name) is not null && r.Type != SlotType.Text).ToList();
        var agree = slots.Count(r => draft.Slot(r.Name) is { } value && value.Values.Intersect(curated.Slot(r.Name)!.Values).Any());
        var polarity = curated.Polarity == draft.Polarity ? 1 : 0;
        return (agree + polarity) / (double)(slots.Count + 1);
    }
}
