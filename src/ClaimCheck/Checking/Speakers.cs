using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Checking;

/// <summary>
/// Who a source sentence quotes. A source names its speaker once and goes on "He explained that…", "It said…" or
/// "…," he said: the sentence and the ones a leading or quoting pronoun refers back to say who spoke. Used to check the
/// speaker an attributed statement names ("Minister X said…") against the source's.
/// </summary>
internal sealed partial class Speakers(ClaimBase claimBase, StatementAnalyzer analyzer)
{
    // How far back a pronoun may refer.
    private const int Reach = 4;

    /// <summary>The folded text of the evidence sentences and the sentences their pronouns refer back to.</summary>
    public string ContextText(ImmutableArray<Evidence> evidence) => ProperNames.Fold(string.Join(" ", evidence.SelectMany(Context)));

    /// <summary>Whether the sentence (or the ones its pronoun refers back to) names every one of the speakers.</summary>
    public bool Quotes(IndexedSentence sentence, ImmutableArray<ProperNames.Name> speakers)
    {
        var context = ProperNames.Fold(string.Join(" ", Context(sentence.ToEvidence(null))));
        return speakers.All(name => ProperNames.IsIn(name, context));
    }

    /// <summary>
    /// The person the evidence quotes: a name (or a registered person) in a sentence with a reporting verb, looking back
    /// through "He said…" to the sentence that named him; null when it quotes no one by name.
    /// </summary>
    public string? Quoted(ImmutableArray<Evidence> evidence)
    {
        var lexicon = Lexicon.Default;
        foreach (var e in evidence)
        {
            var reported = false;
            foreach (var sentence in Context(e))
            {
                var text = analyzer.PrepareSentence(sentence).Text;
                var verbs = lexicon.ReportingVerbs.FindAll(text.Tokens).ToList();
                reported |= verbs.Count > 0;
                var person = text.Mentions.FirstOrDefault(m => m.Entity.Kind == EntityKind.Person)?.Text
                    ?? verbs.Select(v => NameBefore(text, v.Index)).FirstOrDefault(n => n is not null)
                    ?? ProperNames.Find(text, lexicon).Where(n => n.Head is null && char.IsUpper(n.Text[0])).Select(n => ProperNames.WithFirstNames(text, n, lexicon)).FirstOrDefault();
                if (reported && person is not null)
                {
                    return person;
                }
            }
        }

        return null;
    }

    // "…,” Minister of Energy and Mines Phonesavanh Keomany told reporters": the capitalised words right before the
    // reporting verb, after any title, name the speaker.
    private static string? NameBefore(AtomText text, int verb)
    {
        var tokens = text.Tokens;
        var start = verb;
        while (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalised && !text.IsInMention(start - 1))
        {
            start--;
        }

        // "…and Mines Phonesavanh Keomany": a word after "and" or "of" ends the title.
        if (start > 0 && tokens[start - 1].Lower is "and" or "of" or "for")
        {
            start++;
        }

        return verb - start >= 2 ? text.Slice(start, verb) : null;
    }

    // The evidence sentence and, while a sentence speaks through a pronoun ("He also pointed out…"), the ones before it.
    private IEnumerable<string> Context(Evidence evidence)
    {
        yield return evidence.SentenceText;
        var source = claimBase.FindSource(evidence.SourceId);
        var text = evidence.SentenceText;
        for (var number = evidence.SentenceNumber - 1; number >= Math.Max(1, evidence.SentenceNumber - Reach) && SpeaksThroughPronoun(text); number--)
        {
            text = source?.SentenceAt(number)?.Text ?? "";
            yield return text;
        }
    }

    // Also a sentence that is all quotation (“Laos has the right…”): the speaker named just before goes on.
    private static bool SpeaksThroughPronoun(string sentence) =>
        sentence.Split(' ', 2)[0] is "He" or "She" or "They" or "It" || PronounSpeaker().IsMatch(sentence) || IsWholeQuote(sentence.Trim());

    private static bool IsWholeQuote(string sentence) =>
        sentence.Length > 2 && sentence[0] is '"' or '\u201C' && sentence.TrimEnd('.')[^1] is '"' or '\u201D'
        && sentence.IndexOfAny(['"', '\u201C', '\u201D'], 1) == sentence.TrimEnd('.').Length - 1;

    // "…," he said in Lusaka: a quote whose speaker is a pronoun, named in a sentence before.
    [GeneratedRegex(@"\b(he|she|they|it) (said|says|added|told|stressed|noted|warned)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSpeaker();
}
