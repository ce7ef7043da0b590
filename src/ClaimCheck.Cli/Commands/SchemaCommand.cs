using System.CommandLine;
using ClaimCheck.Storage;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck schema</c>: prints the JSON Schema of claims files, for a new claims folder.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of *.claims.json files (save it as claims.schema.json beside them).");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Output.Write(ClaimsSchema.Json);
            return ExitCodes.Ok;
        });
        return command;
    }
}
