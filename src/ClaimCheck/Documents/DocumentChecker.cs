using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// Checks a whole document: reads its prose (<see cref="MarkdownProse"/> or the plain text), splits each prose
/// segment into sentences with <see cref="SentenceSplitter"/>, maps each back to the document's offsets, lines and
/// columns, applies suppression comments, and checks the sentences that assert something about a known entity.
/// Stateless: safe on any number of threads at once.
/// </summary>
internal static class DocumentChecker
{
    /// <summary>The skip reason of a sentence that names no entity the claim base or registry knows.</summary>
    public const string NoKnownEntity = "no known entity";

    public static DocumentResult Check(ClaimChecker checker, string path, string text, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);

        var lines = new LineMap(text);
        ImmutableArray<ProseSegment> segments;
        Suppressions suppressions;
        if (format == DocumentFormat.Markdown)
        {
            var (proseSegments, directives) = MarkdownProse.Read(text);
            segments = proseSegments;
            suppressions = Suppressions.Resolve(text, lines, directives);
        }
        else
        {
            segments = [ProseSegment.Identity(text)];
            suppressions = Suppressions.None;
        }

        var sentences = ImmutableArray.CreateBuilder<DocumentSentence>();
        foreach (var segment in segments)
        {
            foreach (var sentence in SentenceSplitter.Split(segment.Text))
            {
                var (start, end) = segment.OriginalSpan(sentence.Start, sentence.End);
                end = Math.Max(end, start + 1);
                var first = lines.GetPosition(start);
                var last = lines.GetPosition(end);
                var located = new DocumentSentence(sentence.Text, start, end, first.Line, first.Column, last.Line, last.Column, SentenceStatus.Skipped, null, null);
                sentences.Add(Judge(checker, located, suppressions.For(start, first.Line, last.Line).ToList()));
            }
        }

        return new DocumentResult(path, text, sentences.ToImmutable());
    }

    private static DocumentSentence Judge(ClaimChecker checker, DocumentSentence sentence, List<Suppressions.Match> suppressions)
    {
        if (suppressions.FirstOrDefault(s => s.RuleIds.IsEmpty) is { } everything)
        {
            return sentence with { Status = SentenceStatus.Suppressed, SkipReason = everything.Reason };
        }

        var result = checker.Check(sentence.Text);
        if (SkipReason(result) is { } reason)
        {
            return sentence with { Status = SentenceStatus.Skipped, Result = null, SkipReason = reason };
        }

        var rule = DecidingRule.Of(result).Id;
        if (suppressions.FirstOrDefault(s => s.RuleIds.Contains(rule) || s.RuleIds.Contains(result.Rule.Id)) is { } byRule)
        {
            return sentence with { Status = SentenceStatus.Suppressed, Result = result, SkipReason = byRule.Reason };
        }

        return sentence with { Status = SentenceStatus.Checked, Result = result };
    }

    /// <summary>Why a sentence is not worth reporting on: it asserts nothing (a question…) or names no known entity.</summary>
    private static string? SkipReason(CheckResult result)
    {
        if (result.Verdict == Verdict.NotEnoughInfo && !result.Atoms.IsEmpty && result.Atoms.All(a => a.Atom.Modality != Modality.Assertion))
        {
            return result.Atoms[0].Atom.Modality switch
            {
                Modality.Question => "question",
                Modality.Conditional => "conditional",
                Modality.Prediction => "prediction",
                Modality.Opinion => "opinion",
                _ => "not an assertion",
            };
        }

        return result.Atoms.Any(a => !a.Atom.Mentions.IsEmpty) ? null : NoKnownEntity;
    }
}
