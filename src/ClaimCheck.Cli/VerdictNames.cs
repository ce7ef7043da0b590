using ClaimCheck.Checking;

namespace ClaimCheck.Cli;

/// <summary>The wire names of verdicts, as in the evaluation data: supported, contradicted, not-enough-info.</summary>
internal static class VerdictNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        _ => "not-enough-info",
    };

    public static bool TryParse(string? text, out Verdict verdict)
    {
        switch (text)
        {
            case "supported":
                verdict = Verdict.Supported;
                return true;
            case "contradicted":
                verdict = Verdict.Contradicted;
                return true;
            case "not-enough-info":
                verdict = Verdict.NotEnoughInfo;
                return true;
            default:
                verdict = default;
                return false;
        }
    }
}
