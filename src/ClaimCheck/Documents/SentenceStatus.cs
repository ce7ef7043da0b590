namespace ClaimCheck.Documents;

/// <summary>What happened to one sentence of a document.</summary>
public enum SentenceStatus
{
    /// <summary>Checked: see <see cref="DocumentSentence.Result"/>.</summary>
    Checked,

    /// <summary>Not checked: it makes no factual assertion about a known entity (see <see cref="DocumentSentence.SkipReason"/>).</summary>
    Skipped,

    /// <summary>Not checked: a suppression comment switched checking off for it.</summary>
    Suppressed,
}
