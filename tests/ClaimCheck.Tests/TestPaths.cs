namespace ClaimCheck.Tests;

/// <summary>Where the repository, the bundled claims and the test fixtures are, wherever the tests run from.</summary>
public static class TestPaths
{
    private const string SolutionFile = "ClaimCheck.sln";

    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding <c>ClaimCheck.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The bundled claims folder (<c>claims/</c>).</summary>
    public static string ClaimsDirectory => Path.Combine(RepoRoot, "claims");

    /// <summary>The folder shared beside the repository (<c>../shared</c>), holding the original sources.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The test output's copy of <c>tests/ClaimCheck.Tests/Fixtures</c>.</summary>
    public static string Fixtures => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{TestContext.CurrentContext.TestDirectory}' holds {SolutionFile}.");
    }
}
