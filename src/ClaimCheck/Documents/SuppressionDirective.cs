using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ClaimCheck.Documents;

/// <summary>What a suppression comment asks for.</summary>
internal enum SuppressionKind
{
    /// <summary><c>&lt;!-- claimcheck-disable-next-line --&gt;</c>: the sentences of the next non-blank line.</summary>
    DisableNextLine,

    /// <summary><c>&lt;!-- claimcheck off --&gt;</c>: every sentence until the matching <c>on</c> (or the end of the file).</summary>
    Off,

    /// <summary><c>&lt;!-- claimcheck on --&gt;</c>: ends an <c>off</c> region.</summary>
    On,
}

/// <summary>
/// One suppression comment in a Markdown document.
/// </summary>
/// <param name="Kind">What it asks for.</param>
/// <param name="Start">Offset of <c>&lt;!--</c> in the document.</param>
/// <param name="End">Offset just after <c>--&gt;</c>.</param>
/// <param name="RuleIds">The rule ids it names (upper case); empty for every rule.</param>
internal sealed partial record SuppressionDirective(SuppressionKind Kind, int Start, int End, ImmutableArray<string> RuleIds)
{
    /// <summary>How the comment is written, for skip reasons ("claimcheck off CC1002").</summary>
    public string Describe() =>
        (Kind switch
        {
            SuppressionKind.DisableNextLine => "claimcheck-disable-next-line",
            SuppressionKind.Off => "claimcheck off",
            _ => "claimcheck on",
        }) + (RuleIds.IsEmpty ? "" : " " + string.Join(' ', RuleIds));

    /// <summary>
    /// The suppression comments in <paramref name="html"/> (an HTML block or inline HTML that starts at
    /// <paramref name="offset"/> in the document). Words after the directive that look like rule ids
    /// (<c>CC1002</c>) restrict it to those rules; anything after <c>--</c> is a free comment.
    /// </summary>
    public static IEnumerable<SuppressionDirective> Parse(string html, int offset)
    {
        foreach (Match comment in CommentPattern().Matches(html))
        {
            var words = comment.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (kind, rest) = words switch
            {
                ["claimcheck-disable-next-line", ..] => (SuppressionKind.DisableNextLine, words[1..]),
                ["claimcheck", "off", ..] => (SuppressionKind.Off, words[2..]),
                ["claimcheck", "on", ..] => (SuppressionKind.On, words[2..]),
                _ => ((SuppressionKind?)null, Array.Empty<string>()),
            };

            if (kind is null)
            {
                continue;
            }

            var ids = rest.TakeWhile(w => w != "--")
                .Where(w => RuleIdPattern().IsMatch(w))
                .Select(w => w.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            yield return new SuppressionDirective(kind.Value, offset + comment.Index, offset + comment.Index + comment.Length, ids);
        }
    }

    [GeneratedRegex(@"<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^[Cc][Cc][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
