using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public const string DefaultClaimsDirectory = "claims";

    /// <summary>The claims folder; null when not given (then "claims", unless only --source documents are used).</summary>
    public static Option<string?> Claims() => new("--claims")
    {
        Description = "The claims folder (*.claims.json, entities.json, knowledge.json and sources/). Default: ./claims, or none when --source is given.",
        HelpName = "DIR",
    };

    /// <summary>Reference documents to check against (repeatable).</summary>
    public static Option<string[]> Sources() => new("--source")
    {
        Description = "A reference document (plain text or Markdown) to check against; repeat for several. Alone, no claims folder is used.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
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
