using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli.Check;

/// <summary>The options of <c>claimcheck check</c> as given on the command line (null: not given).</summary>
internal sealed record CheckOptions
{
    public ImmutableArray<string> Paths { get; init; } = [];

    public string? Claims { get; init; }

    public ImmutableArray<string> Sources { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    public string? FailOn { get; init; }

    public string? Baseline { get; init; }

    public bool UpdateBaseline { get; init; }

    public string? Config { get; init; }

    public string? Author { get; init; }

    public string? Date { get; init; }

    public string? Url { get; init; }
}

/// <summary>
/// What a check run does: the command line's options over the configuration file's, over the defaults. Relative
/// paths on the command line are relative to the working directory; in the configuration, to its folder.
/// </summary>
internal sealed record CheckSettings(
    string WorkingDirectory,
    string ProjectDirectory,
    CheckConfig? Config,
    ImmutableArray<string> Patterns,
    string PatternDirectory,
    ImmutableArray<string> Exclude,
    string? ClaimsDirectory,
    ImmutableArray<string> Sources,
    RuleSet Rules,
    FailLevel FailOn,
    string? BaselinePath,
    bool UpdateBaseline,
    string Format,
    string? OutputPath,
    string? Author,
    string? Date,
    string? Url)
{
    public static CheckSettings Resolve(CheckOptions options, CheckConfig? config, string workingDirectory)
    {
        string Full(string path) => Path.GetFullPath(Path.Combine(workingDirectory, path));

        var (patterns, patternDirectory) = !options.Paths.IsEmpty
            ? (options.Paths, workingDirectory)
            : config is { Include.IsEmpty: false }
                ? (config.Include, config.Directory)
                : throw new UsageException($"no files to check: give PATH or GLOB arguments, or \"include\" globs in {CheckConfig.FileName}.");

        var rules = RuleSet.Default;
        foreach (var (id, severity) in (config?.Rules ?? ImmutableDictionary<string, RuleSeverity>.Empty).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            rules = rules.WithSeverity(id, severity);
        }

        var failOn = options.FailOn is { } failText
            ? FailLevels.TryParse(failText, out var level) ? level : throw new UsageException($"--fail-on must be one of {string.Join(", ", FailLevels.Names)}.")
            : config?.FailOn ?? FailLevel.Contradicted;

        var baseline = options.Baseline is { } b ? Full(b) : config?.Baseline;
        if (options.UpdateBaseline && baseline is null)
        {
            throw new UsageException($"--update-baseline needs a baseline file: give --baseline FILE or \"baseline\" in {CheckConfig.FileName}.");
        }

        if (options.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new UsageException($"--date must be a date in the form YYYY-MM-DD, not '{date}'.");
        }

        if (options.Url is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new UsageException($"--url must be an absolute URL, not '{url}'.");
        }

        // Sources on the command line replace the configuration's; with sources and no claims folder named, reference mode.
        var sources = !options.Sources.IsEmpty ? [.. options.Sources.Select(Full)] : config?.Sources ?? [];
        return new CheckSettings(
            workingDirectory,
            config?.Directory ?? workingDirectory,
            config,
            patterns,
            patternDirectory,
            config?.Exclude ?? [],
            ClaimsFolder(options, config, sources),
            sources,
            rules,
            failOn,
            baseline,
            options.UpdateBaseline,
            options.Format,
            options.Output is { } output ? Full(output) : null,
            options.Author,
            options.Date,
            options.Url);
    }

    private static string? ClaimsFolder(CheckOptions options, CheckConfig? config, ImmutableArray<string> sources) =>
        options.Claims ?? config?.Claims ?? (!sources.IsEmpty ? null
            : config is null ? CommonOptions.DefaultClaimsDirectory : Path.Combine(config.Directory, CommonOptions.DefaultClaimsDirectory));
}
