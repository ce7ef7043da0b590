using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Cli.Check;

/// <summary>
/// Stable fingerprints of findings, for baselines and SARIF partialFingerprints. A fingerprint hashes the file's path
/// (relative to the project: the configuration's folder, else the working directory, with '/'), the deciding rule's
/// id, the sentence's normalised text and how many identical sentences come before it in the file. Line numbers are
/// left out on purpose: editing another paragraph does not change it; editing the sentence does.
/// </summary>
internal static class Fingerprints
{
    /// <summary>The sentence text as fingerprinted: typographic quotes folded, whitespace runs collapsed, trimmed, lower case.</summary>
    public static string Normalise(string text)
    {
        var folded = TextFolding.FoldQuotes(text);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The fingerprint: 32 lower-case hex digits (the first 128 bits of a SHA-256).</summary>
    public static string Of(string projectPath, string ruleId, string normalisedText, int occurrence)
    {
        var input = $"claimcheck/v1\n{projectPath}\n{ruleId}\n{normalisedText}\n{occurrence}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>For each sentence of <paramref name="document"/>, how many sentences with the same normalised text come before it (0 for the first).</summary>
    public static int[] Occurrences(DocumentResult document)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[document.Sentences.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var key = Normalise(document.Sentences[i].Text);
            seen.TryGetValue(key, out var count);
            result[i] = count;
            seen[key] = count + 1;
        }

        return result;
    }
}
