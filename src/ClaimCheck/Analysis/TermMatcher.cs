using System.Collections.Immutable;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Analysis;

/// <summary>Finds the terms of the knowledge base's taxonomy in tokens ("warplanes" → fighter-jets).</summary>
internal sealed class TermMatcher
{
    private readonly PhraseSet<string> _forms;

    public TermMatcher(DomainKnowledge knowledge, Stemmer stemmer)
    {
        Knowledge = knowledge;
        _forms = new PhraseSet<string>(knowledge.Terms.SelectMany(t => t.Forms.Append(t.Id.Replace('-', ' ')).Select(f => (Phrase.Parse(f, stemmer), t.Id))));
    }

    public DomainKnowledge Knowledge { get; }

    /// <summary>Terms in [start, end), longest match first.</summary>
    public ImmutableArray<PhraseMatch<string>> Find(IReadOnlyList<Token> tokens, int start = 0, int end = -1) => [.. _forms.FindAll(tokens, start, end)];

    /// <summary>The term id a phrase names, or null ("military equipment" → military-equipment).</summary>
    public string? Resolve(string phrase, Stemmer stemmer)
    {
        var tokens = Tokenizer.Tokenize(phrase, stemmer);
        var match = _forms.MatchAt(tokens, 0);
        return match is { } m && m.Phrase.Length == tokens.Length ? m.Value : null;
    }
}
