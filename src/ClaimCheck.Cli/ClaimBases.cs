using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>
/// Loads the claim base a command checks against: a claims folder, reference documents (<c>--source</c>), or both.
/// A claim base with errors is a usage error (exit 2).
/// </summary>
internal static class ClaimBases
{
    /// <summary>
    /// With sources and no explicit claims folder, the sources alone (reference mode); otherwise the claims folder
    /// (default <c>claims</c>) plus any sources. Errors are left in the diagnostics.
    /// </summary>
    public static ClaimBase Open(string? claimsDirectory, IReadOnlyCollection<string> sources) =>
        IsReferenceMode(claimsDirectory, sources)
            ? ClaimBase.FromSources(sources)
            : ClaimBase.Load(claimsDirectory ?? CommonOptions.DefaultClaimsDirectory).WithSources(sources);

    /// <summary><see cref="Open"/>, with the diagnostics written to <paramref name="error"/> and errors a usage error.</summary>
    public static ClaimBase Load(string? claimsDirectory, IReadOnlyCollection<string> sources, TextWriter error)
    {
        var claimBase = Open(claimsDirectory, sources);
        foreach (var diagnostic in claimBase.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (claimBase.HasErrors)
        {
            var count = claimBase.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var what = IsReferenceMode(claimsDirectory, sources) ? "the sources have" : $"the claims folder '{claimsDirectory ?? CommonOptions.DefaultClaimsDirectory}' has";
            throw new UsageException($"{what} {count} error(s); run 'claimcheck validate' for details.");
        }

        return claimBase;
    }

    private static bool IsReferenceMode(string? claimsDirectory, IReadOnlyCollection<string> sources) => claimsDirectory is null && sources.Count > 0;

    public static ClaimChecker LoadChecker(string? claimsDirectory, IReadOnlyCollection<string> sources, TextWriter error, RuleSet? rules = null) =>
        ClaimChecker.Create(Load(claimsDirectory, sources, error), new CheckerOptions { Rules = rules ?? RuleSet.Default });
}
