using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli;

/// <summary>Loads the claim base a command checks against; a claim base with errors is a usage error (exit 2).</summary>
internal static class ClaimBases
{
    public static ClaimChecker LoadChecker(string claimsDirectory, TextWriter error)
    {
        var claimBase = ClaimBase.Load(claimsDirectory);
        foreach (var diagnostic in claimBase.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (claimBase.HasErrors)
        {
            var count = claimBase.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            throw new UsageException($"the claims folder '{claimsDirectory}' has {count} error(s); run 'claimcheck validate --claims {claimsDirectory}'.");
        }

        return ClaimChecker.Create(claimBase);
    }
}
