using System.Collections.Immutable;
using System.CommandLine;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Check;
using ClaimCheck.Cli.Reporting;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Storage;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck check PATH|GLOB...</c>: checks Markdown and text files sentence by sentence and reports the
/// findings (docs/ci.md). Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage,
/// configuration or input error.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Progress is shown (on a terminal) only for runs of more than this many files.</summary>
    private const int ProgressThreshold = 5;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (their .md, .markdown and .txt files) or globs such as \"docs/**/*.md\". Default: \"include\" of .claimcheck.json.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var claims = new Option<string>("--claims") { Description = "The claims folder. Default: \"claims\" of .claimcheck.json, else ./claims (none when sources are given).", HelpName = "DIR" };
        var sources = CommonOptions.Sources();
        var format = CommonOptions.Format([.. ReportWriters.Names]);
        var output = new Option<string>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output.", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 on contradicted sentences (default), also on unverified (not enough info) ones, or never.", HelpName = "LEVEL" };
        failOn.AcceptOnlyFromAmong([.. FailLevels.Names]);
        var baseline = new Option<string>("--baseline") { Description = "A baseline file: findings it lists are accepted and not reported.", HelpName = "FILE" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Write the current findings to the baseline file and exit 0." };
        var config = new Option<string>("--config") { Description = "The configuration file. Default: the nearest .claimcheck.json at or above the working directory.", HelpName = "FILE" };
        var author = new Option<string>("--author") { Description = "The reviewing organisation or person (ClaimReview).", HelpName = "NAME" };
        var date = new Option<string>("--date") { Description = "The review date, YYYY-MM-DD (ClaimReview).", HelpName = "DATE" };
        var url = new Option<string>("--url") { Description = "The published document's URL (ClaimReview).", HelpName = "URL" };

        var command = new Command("check", "Check Markdown and text files sentence by sentence. Exit code: 0 no findings at or above the fail level, 1 findings, 2 usage, configuration or input error.")
        {
            paths, claims, sources, format, output, failOn, baseline, updateBaseline, config, author, date, url,
        };
        command.SetAction(result => Run(
            new CheckOptions
            {
                Paths = [.. result.GetValue(paths) ?? []],
                Claims = result.GetValue(claims),
                Sources = [.. result.GetValue(sources) ?? []],
                Format = result.GetValue(format)!,
                Output = result.GetValue(output),
                FailOn = result.GetValue(failOn),
                Baseline = result.GetValue(baseline),
                UpdateBaseline = result.GetValue(updateBaseline),
                Config = result.GetValue(config),
                Author = result.GetValue(author),
                Date = result.GetValue(date),
                Url = result.GetValue(url),
            },
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(CheckOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            return RunChecked(options, output, error);
        }
        catch (InputException ex)
        {
            error.WriteLine(ex.Diagnostic.ToString());
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Checks the files in parallel (or one by one); the result is in the order of <paramref name="files"/> either way.</summary>
    internal static ImmutableArray<DocumentResult> CheckFiles(ClaimChecker checker, IReadOnlyList<(InputFile File, string Text)> files, bool parallel, Action<int>? progress = null)
    {
        var done = 0;
        DocumentResult CheckOne((InputFile File, string Text) input)
        {
            var result = checker.CheckDocument(input.File.DisplayPath, input.Text, input.File.Format);
            progress?.Invoke(Interlocked.Increment(ref done));
            return result;
        }

        if (!parallel)
        {
            return [.. files.Select(CheckOne)];
        }

        try
        {
            return [.. files.AsParallel().AsOrdered().Select(CheckOne)];
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Report the first real failure, not PLINQ's wrapper.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static int RunChecked(CheckOptions options, TextWriter output, TextWriter error)
    {
        var workingDirectory = Environment.CurrentDirectory;
        var configPath = options.Config is { } given ? Path.GetFullPath(given) : CheckConfig.Find(workingDirectory);
        if (options.Config is not null && !File.Exists(configPath))
        {
            throw new UsageException($"the configuration file '{options.Config}' does not exist.");
        }

        var config = configPath is null ? null : CheckConfig.Load(configPath, FileDiscovery.DisplayPath(configPath, workingDirectory));
        var settings = CheckSettings.Resolve(options, config, workingDirectory);
        var writer = ReportWriters.Find(settings.Format)
            ?? throw new UsageException($"the '{settings.Format}' format is not available in this build of claimcheck; use one of: {string.Join(", ", ReportWriters.Names.Where(n => ReportWriters.Find(n) is not null))}.");

        var files = FileDiscovery.Find(settings.Patterns, settings.PatternDirectory, workingDirectory, settings.ProjectDirectory, settings.Exclude);
        var baseline = settings.BaselinePath is { } baselinePath && !settings.UpdateBaseline
            ? Baseline.Load(baselinePath, FileDiscovery.DisplayPath(baselinePath, workingDirectory))
            : null;
        var texts = files.Select(f => (f, File.ReadAllText(f.FullPath))).ToList();

        var checker = CreateChecker(settings, error);
        var documents = CheckFiles(checker, texts, parallel: true, Progress(files.Length, error));
        var reportOptions = new ReportOptions(ToolVersion, settings.Author, settings.Date, settings.Url) { Sources = ReportOptions.SourcesOf(checker.ClaimBase) };
        var selected = FindingSelector.Select([.. files.Zip(documents)], settings.Rules, settings.FailOn, reportOptions, baseline, settings.ProjectDirectory);

        if (settings.OutputPath is { } outputPath)
        {
            using var report = new StringWriter();
            writer.Write(selected.Run, report);
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            AtomicFile.WriteAllText(outputPath, report.ToString());
        }
        else
        {
            writer.Write(selected.Run, output);
        }

        if (settings.UpdateBaseline)
        {
            Baseline.Write(settings.BaselinePath!, selected.All);
            error.WriteLine($"claimcheck: wrote {selected.All.Length} finding(s) to the baseline {FileDiscovery.DisplayPath(settings.BaselinePath!, workingDirectory)}.");
            return ExitCodes.Ok;
        }

        if (selected.Baselined > 0)
        {
            error.WriteLine($"claimcheck: {selected.Baselined} finding(s) accepted by the baseline.");
        }

        return selected.Run.Findings.Any(f => f.IsFailure) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>Builds the checker a run uses: the claim base of <see cref="CheckSettings.ClaimsDirectory"/> with the configured rule severities.</summary>
    private static ClaimChecker CreateChecker(CheckSettings settings, TextWriter error) =>
        ClaimBases.LoadChecker(settings.ClaimsDirectory, settings.Sources, error, settings.Rules);

    /// <summary>A progress line on stderr, only when stderr is the process's own terminal and the run is long enough.</summary>
    private static Action<int>? Progress(int total, TextWriter error)
    {
        if (total <= ProgressThreshold || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        var gate = new object();
        return done =>
        {
            lock (gate)
            {
                error.Write(done < total ? $"\rclaimcheck: checked {done}/{total} files" : "\r\u001b[2K");
                error.Flush();
            }
        };
    }

    private static string ToolVersion
    {
        get
        {
            var version = typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
