using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Documents;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli.Check;

/// <summary>The findings of a run before and after the baseline.</summary>
/// <param name="Run">What the reports get: the findings left after the baseline.</param>
/// <param name="All">Every finding with its project-relative path, baseline or not (what <c>--update-baseline</c> writes).</param>
/// <param name="Baselined">How many findings the baseline accepted.</param>
internal sealed record SelectedFindings(CheckRun Run, ImmutableArray<(Finding Finding, string ProjectPath)> All, int Baselined);

/// <summary>
/// Decides which checked sentences are findings. Contradicted sentences always are (the fail level "never" still
/// reports them); not-enough-info sentences are when the fail level is "unverified". A finding whose deciding rule
/// is configured "off" is dropped. Every finding fails the run unless the level is "never".
/// </summary>
internal static class FindingSelector
{
    public static SelectedFindings Select(
        IReadOnlyList<(InputFile File, DocumentResult Document)> documents,
        RuleSet rules,
        FailLevel failOn,
        ReportOptions options,
        Baseline? baseline,
        string projectDirectory)
    {
        var all = ImmutableArray.CreateBuilder<(Finding, string)>();
        var kept = ImmutableArray.CreateBuilder<Finding>();
        var baselined = 0;
        foreach (var (file, document) in documents)
        {
            var projectPath = FileDiscovery.DisplayPath(file.FullPath, projectDirectory);
            var occurrences = Fingerprints.Occurrences(document);
            for (var i = 0; i < document.Sentences.Length; i++)
            {
                var sentence = document.Sentences[i];
                if (!IsFinding(sentence, failOn) || sentence.Rule is not { } rule)
                {
                    continue;
                }

                var severity = rules.SeverityOf(rule.Id);
                if (severity == RuleSeverity.Off)
                {
                    continue;
                }

                var fingerprint = Fingerprints.Of(projectPath, rule.Id, Fingerprints.Normalise(sentence.Text), occurrences[i]);
                var finding = new Finding(document, sentence, fingerprint, severity, failOn != FailLevel.Never);
                all.Add((finding, projectPath));
                if (baseline?.Contains(fingerprint) == true)
                {
                    baselined++;
                }
                else
                {
                    kept.Add(finding);
                }
            }
        }

        var run = new CheckRun([.. documents.Select(d => d.Document)], kept.ToImmutable(), rules, failOn, options);
        return new SelectedFindings(run, all.ToImmutable(), baselined);
    }

    private static bool IsFinding(DocumentSentence sentence, FailLevel failOn) =>
        sentence.Status == SentenceStatus.Checked && sentence.Result!.Verdict switch
        {
            Verdict.Contradicted => true,
            Verdict.NotEnoughInfo => failOn == FailLevel.Unverified,
            _ => false,
        };
}
