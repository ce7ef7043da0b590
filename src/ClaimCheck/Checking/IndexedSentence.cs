using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Checking;

/// <summary>A source sentence prepared for alignment: stems, entities, negation cues and the claims that cite it.</summary>
internal sealed class IndexedSentence
{
    public IndexedSentence(SourceDocument source, Sentence sentence, AtomText text, ImmutableArray<int> negationCues, Lexicon lexicon, IEnumerable<Claim> claims, IEnumerable<string>? extraEntities = null, IndexedSentence? elided = null, string? leadingSubject = null, IndexedSentence? previous = null, IEnumerable<string>? referredNames = null, IReadOnlyList<ProperNames.Name>? names = null)
    {
        Names = names ?? ProperNames.Find(text, lexicon);
        Source = source;
        Sentence = sentence;
        Text = text;
        NegationCues = negationCues;
        Claims = [.. claims];
        EntityIds = text.Mentions.Select(m => m.Entity.Id).Concat(Claims.SelectMany(c => c.EntityIds())).Concat(extraEntities ?? []).ToFrozenSet(StringComparer.Ordinal);
        Stems = text.Tokens.Where(t => t.Kind != TokenKind.Punctuation)
            .SelectMany(t => t.Lower.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash ? [.. lexicon.Senses(t.Stem), .. lexicon.Senses(t.Lower[..dash])] : lexicon.Senses(t.Stem).AsEnumerable())
            .Concat(lexicon.PhraseSynonyms.FindAll(text.Tokens).SelectMany(m => lexicon.PhraseSenses(m.Value)))
            .Concat(SignWords(sentence.Text, lexicon))
            .Concat(elided?.Stems ?? [])
            .Concat((referredNames ?? []).SelectMany(n => Tokenizer.Tokenize(n, lexicon.Stemmer)).Where(t => t.IsWord).SelectMany(t => lexicon.Senses(t.Stem)))
            .ToFrozenSet(StringComparer.Ordinal);
        LeadingSubject = leadingSubject ?? text.Mentions.FirstOrDefault()?.Entity.Id;
        ContextStems = previous?.Stems ?? FrozenSet<string>.Empty;
        FoldedText = string.Join(" ", (referredNames ?? []).Prepend(sentence.Text).Select(ProperNames.Fold));
        Dates = [.. DateFinder.FindAll(text.Tokens).Select(d => d.Date)];
        Years = text.Tokens.Select(t => t.Year).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

    // Signs and the words they stand for: the currencies, and "%" for percent.
    private static readonly ImmutableArray<(char Sign, string Word)> Signs = [.. Tokenizer.Currencies, ('%', "percent")];

    // "$7 billion" says "dollars", "€50 million" says "euros", "12%" says "percent", as a statement may write them out.
    private static IEnumerable<string> SignWords(string text, Lexicon lexicon)
    {
        foreach (var (sign, word) in Signs)
        {
            if (text.Contains(sign, StringComparison.Ordinal))
            {
                foreach (var sense in lexicon.Senses(lexicon.Stemmer.Stem(word)))
                {
                    yield return sense;
                }
            }
        }
    }

    public SourceDocument Source { get; }

    /// <summary>The sentence's unregistered names (see <see cref="ProperNames.Find"/>), read once.</summary>
    public IReadOnlyList<ProperNames.Name> Names { get; }

    public Sentence Sentence { get; }

    public AtomText Text { get; }

    public ImmutableArray<int> NegationCues { get; }

    public ImmutableArray<Claim> Claims { get; }

    public FrozenSet<string> EntityIds { get; }

    public FrozenSet<string> Stems { get; }

    /// <summary>The previous sentence's stems: what a definite reference ("the seizure") may take from context.</summary>
    public FrozenSet<string> ContextStems { get; }

    public FrozenSet<string> Years { get; }

    /// <summary>Every date the sentence gives, in order.</summary>
    public ImmutableArray<PartialDate> Dates { get; }

    /// <summary>
    /// The sentence's text as names are compared (see <see cref="ProperNames.Fold"/>), with the names it refers back to
    /// ("the administration" after "the Lower Danube River Administration").
    /// </summary>
    public string FoldedText { get; }

    /// <summary>Who the sentence is about: the subject "The country…" stands for, else its first name.</summary>
    public string? LeadingSubject { get; }

    public Evidence ToEvidence(Claim? claim) => new(
        Source.Id,
        Sentence.Number,
        Sentence.Text,
        Sentence.Start,
        Sentence.Length,
        claim?.Id,
        claim?.Provenance.FirstOrDefault(p => p.SourceId == Source.Id && p.SentenceNumber == Sentence.Number)?.Quote ?? Sentence.Text);
}
