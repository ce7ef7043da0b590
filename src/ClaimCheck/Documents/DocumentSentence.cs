using ClaimCheck.Checking;
using ClaimCheck.Rules;

namespace ClaimCheck.Documents;

/// <summary>One sentence of a checked document, with where it is and what the checker said.</summary>
/// <param name="Text">The sentence as the checker saw it (Markdown markup removed).</param>
/// <param name="Start">Offset of the sentence's first character in the document text.</param>
/// <param name="End">Offset just after its last character in the document text.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="EndLine">1-based line of the last character.</param>
/// <param name="EndColumn">1-based column just after the last character (exclusive).</param>
/// <param name="Status">Checked, skipped or suppressed.</param>
/// <param name="Result">The check result when <paramref name="Status"/> is <see cref="SentenceStatus.Checked"/>.</param>
/// <param name="SkipReason">Why the sentence was not checked, when it was not.</param>
public sealed record DocumentSentence(
    string Text,
    int Start,
    int End,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    SentenceStatus Status,
    CheckResult? Result,
    string? SkipReason)
{
    /// <summary>
    /// The rule a report names for <see cref="Result"/> (see <see cref="DecidingRule.Of"/>: for a statement of
    /// several atoms, the rule of the atom that decided rather than the conjunction rule); null without a result.
    /// </summary>
    public RuleDescriptor? Rule => Result is null ? null : DecidingRule.Of(Result);
}
