using ClaimCheck.Cli;
using Newtonsoft.Json;

namespace ClaimCheck.Tests.Check;

/// <summary>
/// A temporary project folder for <c>claimcheck check</c> runs: files are written into it, and commands run through
/// <see cref="Program.Run"/> with it (or a folder inside it) as the working directory.
/// </summary>
internal sealed class CheckTestBed : IDisposable
{
    public CheckTestBed()
    {
        Root = Path.Combine(Path.GetTempPath(), "claimcheck-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The bundled claims folder, as a JSON string literal for configuration files.</summary>
    public static string ClaimsJson => JsonConvert.ToString(TestPaths.ClaimsDirectory);

    /// <summary>A fixture of <c>Fixtures/Check</c>.</summary>
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestPaths.Fixtures, "Check", name));

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> under the root (creating folders) and returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a fixture of <c>Fixtures/Check</c> to <paramref name="relativePath"/>.</summary>
    public string CopyFixture(string name, string relativePath) => Write(relativePath, Fixture(name));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Runs <c>claimcheck check ARGS --claims BUNDLED</c> in the root.</summary>
    public CheckRunOutput Check(params string[] args) => RunIn(Root, ["check", .. args, "--claims", TestPaths.ClaimsDirectory]);

    /// <summary>Runs <c>claimcheck ARGS</c> as given, in the root.</summary>
    public CheckRunOutput Run(params string[] args) => RunIn(Root, args);

    /// <summary>Runs <c>claimcheck ARGS</c> with <paramref name="directory"/> as the working directory.</summary>
    public static CheckRunOutput RunIn(string directory, string[] args)
    {
        var previous = Environment.CurrentDirectory;
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.CurrentDirectory = directory;
        try
        {
            var exit = Program.Run(args, output, error);
            return new CheckRunOutput(exit, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CheckRunOutput(int Exit, string Output, string Error)
{
    public string[] Lines => Split(Output);

    public string[] ErrorLines => Split(Error);

    private static string[] Split(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
