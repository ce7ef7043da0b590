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

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
