using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Claims;

namespace ClaimCheck.Analysis;

/// <summary>Finds dates in tokens: "2011", "1 October 2024", "01 October 2024", "October 1, 2024", "October 2024", "2024-10-01".</summary>
internal static class DateFinder
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The clause's date, with the token range it covers: the first date that says when something happened, else the
    /// first date. A year that qualifies a noun ("a 2018 agreement", "the 2015 accord") names the thing, not the time.
    /// </summary>
    public static (PartialDate Date, int First, int End)? Find(IReadOnlyList<Token> tokens)
    {
        var all = FindAll(tokens);
        return all.Count == 0 ? null : all.FirstOrDefault(d => !IsAttributive(tokens, d.First), all[0]);
    }

    /// <summary>Whether the date starting at <paramref name="first"/> qualifies the noun after it ("a 2018 agreement").</summary>
    public static bool IsAttributive(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].Lower is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "that";

    /// <summary>Every date in the tokens, in order, with the token range each covers.</summary>
    public static List<(PartialDate Date, int First, int End)> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<(PartialDate Date, int First, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryAt(tokens, i) is { } date)
            {
                found.Add(date);
                i = date.End - 1;
            }
        }

        return found;
    }

    private static (PartialDate Date, int First, int End)? TryAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];

        // "1 October 2024" / "01 October 2024"
        if (Day(token) is { } day && i + 2 < tokens.Count && Month(tokens[i + 1]) is { } month && Year(tokens[i + 2]) is { } year && IsValid(year, month, day))
        {
            return (new PartialDate(year, month, day), i, i + 3);
        }

        if (Month(token) is { } m && (token.IsCapitalised || token.Lower.Length > 3))
        {
            // "October 1, 2024"
            if (i + 3 < tokens.Count && Day(tokens[i + 1]) is { } d && tokens[i + 2].Text == "," && Year(tokens[i + 3]) is { } y && IsValid(y, m, d))
            {
                return (new PartialDate(y, m, d), i, i + 4);
            }

            // "October 1 2024" / "October 2024"
            if (i + 2 < tokens.Count && Day(tokens[i + 1]) is { } d2 && Year(tokens[i + 2]) is { } y2 && IsValid(y2, m, d2))
            {
                return (new PartialDate(y2, m, d2), i, i + 3);
            }

            if (i + 1 < tokens.Count && Year(tokens[i + 1]) is { } y3 && token.IsCapitalised)
            {
                return (new PartialDate(y3, m), i, i + 2);
            }
        }

        // "2024-10-01" arrives as number, "-", number, "-", number.
        if (Year(token) is { } iy)
        {
            if (i + 4 < tokens.Count && tokens[i + 1].Text == "-" && tokens[i + 3].Text == "-"
                && PartialDate.TryParse($"{iy:D4}-{tokens[i + 2].Text}-{tokens[i + 4].Text}", out var iso))
            {
                return (iso, i, i + 5);
            }

            return (new PartialDate(iy), i, i + 1);
        }

        return null;
    }

    private static bool IsValid(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    private static int? Year(Token token) =>
        token.Year is { } written && int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2199 ? year : null;

    private static int? Day(Token token)
    {
        var text = token.Lower.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return token.Kind == TokenKind.Number && text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>"month" for a month's name ("March", "Sept"), "day" for a weekday's ("Saturday"), else null (lowercase input).</summary>
    public static string? CalendarClass(string lower) =>
        Months.ContainsKey(lower.TrimEnd('.')) ? "month"
        : lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" ? "day" : null;

    private static int? Month(Token token) => token.Kind == TokenKind.Word && Months.TryGetValue(token.Lower.TrimEnd('.'), out var month) ? month : null;
}
