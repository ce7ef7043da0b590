using System.CommandLine;
using ClaimCheck.Checking;
using Newtonsoft.Json;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck verify "STATEMENT"</c>: one statement, its verdict, atoms, evidence and explanation.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var statement = new Argument<string>("statement") { Description = "The statement to check (quote it)." };
        var claims = CommonOptions.Claims();
        var sources = CommonOptions.Sources();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("verify", "Check one statement. Exit code: 0 supported, 1 contradicted, 3 not enough info, 2 usage error.") { statement, claims, sources, format };
        command.SetAction(result => Run(result.GetValue(statement)!, result.GetValue(claims), result.GetValue(sources) ?? [], result.GetValue(format)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string statement, string? claimsDirectory, string[] sources, string format, TextWriter output, TextWriter error)
    {
        var checker = ClaimBases.LoadChecker(claimsDirectory, sources, error);
        var result = checker.Check(statement);
        if (format == "json")
        {
            output.WriteLine(ResultJson.Of(result).ToString(Formatting.Indented));
        }
        else
        {
            WriteText(result, output);
        }

        return result.Verdict switch
        {
            Verdict.Supported => ExitCodes.Ok,
            Verdict.Contradicted => ExitCodes.Findings,
            _ => ExitCodes.NotEnoughInfo,
        };
    }

    private static void WriteText(CheckResult result, TextWriter output)
    {
        output.WriteLine($"{VerdictNames.Of(result.Verdict)} ({result.Rule.Id} {result.Rule.Name})");
        output.WriteLine($"  {result.Explanation}");
        if (result.Atoms.Length > 1)
        {
            output.WriteLine("Atoms:");
            foreach (var atom in result.Atoms)
            {
                output.WriteLine($"  - {VerdictNames.Of(atom.Verdict)} ({atom.Rule.Id}): {atom.Atom.Text}");
            }
        }

        if (!result.Evidence.IsEmpty)
        {
            output.WriteLine("Evidence:");
            // Several claims may cite one sentence: it is printed once.
            foreach (var evidence in result.Evidence.DistinctBy(e => (e.SourceId, e.SentenceNumber)))
            {
                output.WriteLine($"  {evidence.SourceId} #{evidence.SentenceNumber}: {evidence.SentenceText}");
            }
        }
    }
}
