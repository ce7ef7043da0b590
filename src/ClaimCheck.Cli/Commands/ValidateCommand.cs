using System.CommandLine;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck validate</c>: loads a claims folder and prints every diagnostic.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var claims = CommonOptions.Claims();
        var sources = CommonOptions.Sources();
        var command = new Command("validate", "Check a claims folder: JSON and schema, ids, entities, quotes and source hashes; with several sources, report claims of one source that contradict another's.") { claims, sources };
        command.SetAction(result => Run(result.GetValue(claims), result.GetValue(sources) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string? directory, string[] sources, TextWriter output)
    {
        var claimBase = ClaimBases.Open(directory, sources);
        var diagnostics = claimBase.Diagnostics.ToList();
        if (claimBase.Sources.Length > 1 && !claimBase.HasErrors)
        {
            diagnostics.AddRange(ClaimChecker.Create(claimBase).FindConflicts().Select(c => Describe(c, claimBase)));
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"{claimBase.Claims.Length} claims, {claimBase.Sources.Length} sources: {errors} errors, {warnings} warnings.");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    // A conflict names both provenance sentences; it is a warning: sources may disagree, an editor decides.
    private static Diagnostic Describe(ClaimConflict conflict, ClaimBase claimBase)
    {
        var a = conflict.First.Provenance[0];
        var b = conflict.Second.Provenance[0];
        var source = claimBase.FindSource(a.SourceId);
        var at = source is null ? default : new Text.LineMap(source.Text).GetPosition(source.SentenceAt(a.SentenceNumber)?.Start ?? 0);
        return new Diagnostic(
            DiagnosticIds.SourcesConflict,
            DiagnosticSeverity.Warning,
            $"Sources disagree ({conflict.Rule.Id} {conflict.Rule.Name}): {a.SourceId} #{a.SentenceNumber} \"{a.SentenceText}\" vs {b.SourceId} #{b.SentenceNumber} \"{b.SentenceText}\".",
            source?.Path,
            at.Line,
            at.Column);
    }
}
