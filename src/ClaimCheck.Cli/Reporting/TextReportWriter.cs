using ClaimCheck.Checking;
using ClaimCheck.Cli.Check;
using Spectre.Console;

namespace ClaimCheck.Cli.Reporting;

/// <summary>
/// The default report (<c>--format text</c>): one line per finding in the compiler form
/// <c>file:line:col: contradicted CC1002: explanation</c>, an indented <c>evidence: source #N: sentence</c> line per
/// evidence sentence, then the summary. Coloured (with Spectre.Console) only when writing straight to a terminal:
/// redirected output, <c>--output</c> files and tests never get escape codes; <c>NO_COLOR</c> turns colour off too.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public void Write(CheckRun run, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        var console = UseColour(output) ? CreateConsole(output) : null;
        foreach (var finding in run.Findings)
        {
            var sentence = finding.Sentence;
            var location = $"{finding.Document.Path}:{sentence.Line}:{sentence.Column}";
            var verdict = VerdictNames.Of(finding.Result.Verdict);
            var rule = sentence.Rule!.Id;
            if (console is null)
            {
                output.WriteLine($"{location}: {verdict} {rule}: {finding.Result.Explanation}");
            }
            else
            {
                var colour = finding.Result.Verdict == Verdict.Contradicted ? "red" : "yellow";
                console.MarkupLine($"[bold]{Markup.Escape(location)}[/]: [{colour} bold]{verdict}[/] [dim]{rule}[/]: {Markup.Escape(finding.Result.Explanation)}");
            }

            foreach (var evidence in finding.Result.Evidence)
            {
                var line = $"  evidence: {evidence.SourceId} #{evidence.SentenceNumber}: {evidence.SentenceText}";
                if (console is null)
                {
                    output.WriteLine(line);
                }
                else
                {
                    console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
                }
            }
        }

        var summary = CheckSummary.Of(run).ToString();
        if (console is null)
        {
            output.WriteLine(summary);
        }
        else
        {
            console.MarkupLine($"[bold]{Markup.Escape(summary)}[/]");
        }

        output.Flush();
    }

    /// <summary>Colour only for the process's own stdout on a terminal, and not when NO_COLOR is set.</summary>
    private static bool UseColour(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(output),
        });

        // Never let Spectre wrap: a finding is one line, whatever the terminal's width (the terminal wraps it).
        console.Profile.Width = int.MaxValue / 2;
        return console;
    }
}
