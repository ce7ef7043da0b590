using System.Globalization;

namespace ClaimCheck.Claims;

/// <summary>A date known to the year, the month or the day ("2011", "2024-10", "2024-10-01").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Whether the two dates can describe the same moment: equal on every part both know
    /// ("2024" is compatible with "2024-10-01"; "2011" is not compatible with "2014").
    /// </summary>
    public bool IsCompatibleWith(PartialDate other) =>
        Year == other.Year
        && (Month is null || other.Month is null || Month == other.Month)
        && (Day is null || other.Day is null || Day == other.Day);

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>The ISO form: "2011", "2024-10" or "2024-10-01".</summary>
    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);
}
