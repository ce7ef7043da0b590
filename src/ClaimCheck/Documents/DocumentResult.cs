using System.Collections.Immutable;
using ClaimCheck.Checking;

namespace ClaimCheck.Documents;

/// <summary>The result of checking a whole document: every sentence in document order.</summary>
/// <param name="Path">The document's path as given (or a label for text that came from elsewhere).</param>
/// <param name="Text">The document's full text.</param>
/// <param name="Sentences">Every sentence, checked or not, in document order.</param>
public sealed record DocumentResult(string Path, string Text, ImmutableArray<DocumentSentence> Sentences)
{
    /// <summary>The checked sentences with the given verdict.</summary>
    public IEnumerable<DocumentSentence> WithVerdict(Verdict verdict) =>
        Sentences.Where(s => s.Status == SentenceStatus.Checked && s.Result!.Verdict == verdict);
}
