using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// "The summit was held in Ouagadougou" against "…turned it into a confederation at a summit in Niamey": the statement
/// says what the source says, in another place. One event happens in one place, so the statement is contradicted.
/// Read from "in/at CAPITAL" in the statement and "in/at PLACE" (a country or its capital, of another country) in the
/// sentence, which never names the statement's place and covers everything else the statement says.
/// </summary>
internal sealed class PlaceAlignment(EntityRegistry entities)
{
    private readonly record struct Place(string Id, int First, int End, string Text);

    /// <param name="clause">The statement's clause.</param>
    /// <param name="candidates">The candidate sentences.</param>
    /// <param name="covers">Whether a sentence covers the clause's words outside the excluded tokens (see <see cref="OfficeHolderAlignment"/>).</param>
    public SentenceAligner.Alignment? Align(ClauseContext clause, IReadOnlyList<IndexedSentence> candidates, Func<IndexedSentence, Func<int, bool>, int, bool> covers)
    {
        // The statement names the place by a capital ("in Ouagadougou"), where things happen; "an embassy in Laos" or "in
        // Hanoi" names what was opened, and a country may open many.
        if (clause.PolarityIgnoring([]) != Polarity.Asserted || Places(clause.Text).ToList() is not [var said] || !IsCapital(said)
            || said.First > 1 && clause.Tokens[said.First - 2].Lower is "embassy" or "embassies" or "consulate" or "consulates" or "mission" or "missions" or "office" or "offices")
        {
            return null;
        }

        bool Excluded(int i) => i >= said.First - 1 && i < said.End;
        var others = clause.Text.Mentions.Select((m, k) => (m.Entity.Id, Range: clause.Text.MentionRanges[k]))
            .Where(p => !Excluded(p.Range.First)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var fewest = clause.Date is null ? 2 : 1; // "founded in Brasília in 1996": the year pins the fact
        foreach (var sentence in candidates)
        {
            // The sentence names the event's place, never the statement's, nor one inside it.
            var given = Places(sentence.Text).LastOrDefault(p => !entities.AreRelated(p.Id, said.Id));
            if (given.Id is null || Names(sentence, said) || !others.All(id => sentence.EntityIds.Contains(id)) || !covers(sentence, Excluded, fewest))
            {
                continue;
            }

            var place = given;
            return new SentenceAligner.Alignment(Verdict.Contradicted, Rules.BuiltInRules.SentencePlace,
                $"The source places it in {place.Text}, not {said.Text}: \"{sentence.Sentence.Text}\".", [sentence]);
        }

        return null;
    }

    // Whether the sentence names the statement's place: a capital by its name ("Brasília", even where Brazil is named as a
    // member), a country by any of its names.
    private bool Names(IndexedSentence sentence, Place place) =>
        IsCapital(place) ? sentence.FoldedText.Contains(ProperNames.Fold(place.Text), StringComparison.Ordinal) : sentence.EntityIds.Contains(place.Id);

    private bool IsCapital(Place place) => entities.TryGet(place.Id, out var country) && country.Capitals.Contains(place.Text, StringComparer.OrdinalIgnoreCase);

    // "in Niamey", "at Baghdad", "in Portugal": a country, or its capital, named as where something happened.
    private static IEnumerable<Place> Places(AtomText text)
    {
        for (var m = 0; m < text.Mentions.Length; m++)
        {
            var (first, end) = text.MentionRanges[m];
            if (first > 0 && text.Tokens[first - 1].Lower is "in" or "at" && text.Mentions[m].Entity.Kind == EntityKind.Country
                && !(end < text.Tokens.Length && text.Tokens[end].Lower == "'s"))
            {
                yield return new Place(text.Mentions[m].Entity.Id, first, end, text.Slice(first, end));
            }
        }
    }
}
