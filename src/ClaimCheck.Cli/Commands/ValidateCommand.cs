using System.CommandLine;
using ClaimCheck.Claims;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck validate</c>: loads a claims folder and prints every diagnostic.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var claims = CommonOptions.Claims();
        var command = new Command("validate", "Check a claims folder: JSON and schema, ids, entities, quotes and source hashes.") { claims };
        command.SetAction(result => Run(result.GetValue(claims) ?? CommonOptions.DefaultClaimsDirectory, result.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string directory, TextWriter output)
    {
        var claimBase = ClaimBase.Load(directory);
        foreach (var diagnostic in claimBase.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = claimBase.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        var warnings = claimBase.Diagnostics.Length - errors;
        output.WriteLine($"{claimBase.Claims.Length} claims, {claimBase.Sources.Length} sources: {errors} errors, {warnings} warnings.");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
