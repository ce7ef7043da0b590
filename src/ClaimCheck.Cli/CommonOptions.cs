using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public const string DefaultClaimsDirectory = "claims";

    public static Option<string> Claims() => new("--claims")
    {
        Description = "The claims folder (*.claims.json, entities.json, knowledge.json and sources/).",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultClaimsDirectory,
    };
}
