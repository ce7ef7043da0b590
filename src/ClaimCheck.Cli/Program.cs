using System.CommandLine;
using System.CommandLine.Help;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command. Exit codes: see <see cref="ExitCodes"/>.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests call this directly).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A plain command named "claimcheck" (not RootCommand, which takes its name from the assembly, ClaimCheck.Cli).
        var root = new Command("claimcheck", "ClaimCheck: check statements against typed, sourced claims.")
        {
            new HelpOption(),
            new VersionOption(),
            ValidateCommand.Create(),
            ClaimsCommand.Create(),
            SchemaCommand.Create(),
            VerifyCommand.Create(),
            EvalCommand.Create(),
            ExtractCommand.Create(),
            CheckCommand.Create(),
        };

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"claimcheck: {parseError.Message}");
            }

            error.WriteLine("Run 'claimcheck --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return result.Invoke(configuration);
        }
        catch (UsageException ex)
        {
            error.WriteLine($"claimcheck: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (IOException ex)
        {
            error.WriteLine($"claimcheck: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (UnauthorizedAccessException ex)
        {
            error.WriteLine($"claimcheck: {ex.Message}");
            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: a user never sees a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"claimcheck: internal error ({ex.GetType().Name}: {ex.Message}). Please report it with the command you ran.");
            return ExitCodes.UsageError;
        }
    }
}

/// <summary>A problem with what the user asked for (missing file, unknown entity…): printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
