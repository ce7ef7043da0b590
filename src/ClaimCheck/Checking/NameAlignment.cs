using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// "Embassies are guarded by a force attached to the Ministry of Defence" against "…a force affiliated with the Embassy
/// Protection Directorate at the Ministry of Interior": the statement says what the source says, of another institution
/// or place with the same head noun (ministry, sea, command…). The sentence never names the statement's one, names a
/// rival the statement does not, and covers everything else the statement says, so the statement is contradicted.
/// </summary>
internal sealed class NameAlignment
{
    /// <param name="clause">The statement's clause.</param>
    /// <param name="names">The clause's unregistered names (see <see cref="ProperNames.Find"/>).</param>
    /// <param name="candidates">The candidate sentences.</param>
    /// <param name="covers">Whether a sentence covers the clause's words outside the excluded tokens (see <see cref="OfficeHolderAlignment"/>).</param>
    public SentenceAligner.Alignment? Align(ClauseContext clause, List<ProperNames.Name> names, IReadOnlyList<IndexedSentence> candidates, Func<IndexedSentence, Func<int, bool>, int, bool> covers)
    {
        if (clause.PolarityIgnoring([]) != Polarity.Asserted || !names.Any(n => n.Head is not null))
        {
            return null;
        }

        foreach (var sentence in candidates)
        {
            // Exactly one of the statement's institutions is missing, and it is not one of a list ("the Interior and
            // Defence ministries", "the Ministry of Defence and the army").
            if (names.Where(n => n.Head is not null && !ProperNames.IsIn(n, sentence.FoldedText)).ToList() is not [var said] || IsListed(clause.Tokens, said))
            {
                continue;
            }

            // The rival: an unregistered name with the same head, or a registered body whose name has it ("Ministry of
            // Interior" in a claims folder's entities), that the statement does not name.
            var rival = sentence.Names
                .FirstOrDefault(r => r.Head == said.Head && !names.Any(n => n.Forms.Intersect(r.Forms, StringComparer.Ordinal).Any())).Text
                ?? sentence.Text.Mentions.FirstOrDefault(m => m.Entity.Kind == EntityKind.Organisation && HeadOf(m.Text) == said.Head
                    && !clause.Text.Mentions.Any(own => own.Entity.Id == m.Entity.Id))?.Text;
            if (rival is null || !covers(sentence, i => i >= said.First && i < said.End, 2))
            {
                continue;
            }

            return new SentenceAligner.Alignment(Verdict.Contradicted, Rules.BuiltInRules.SentenceName,
                $"The source names the {rival}, not the {said.Text}: \"{sentence.Sentence.Text}\".", [sentence]);
        }

        return null;
    }

    // "Ministry of Interior" → "ministry", "Interior Ministry" → "ministry": the institution head that opens or ends a name.
    private static string? HeadOf(string name)
    {
        var words = ProperNames.Fold(name).Split(' ');
        return ProperNames.IsInstitutionHead(words[^1]) ? words[^1] : words.Length > 2 && words[1] == "of" && ProperNames.IsInstitutionHead(words[0]) ? words[0] : null;
    }

    private static bool IsListed(IReadOnlyList<Token> tokens, ProperNames.Name name)
    {
        var before = name.First > 1 ? tokens[name.First - 1].Lower is "the" ? tokens[name.First - 2].Lower : tokens[name.First - 1].Lower : "";
        var after = name.End < tokens.Count ? tokens[name.End].Lower : "";
        return before is "and" or "or" or "," || after is "and" or "or" or "," && name.End + 1 < tokens.Count && char.IsUpper(tokens[name.End + 1].Text[0]);
    }
}
