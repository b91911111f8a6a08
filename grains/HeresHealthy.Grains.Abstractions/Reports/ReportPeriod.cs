using System.Globalization;
using System.Text.RegularExpressions;

namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>
/// A report's period: only whole calendar months, quarters or years (<c>2026-11</c>, <c>2026-Q4</c>, <c>2026</c>), so
/// that two periods never differ by a few days that could single out a family.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.ReportPeriod")]
public sealed partial record ReportPeriod([property: Id(0)] int Year, [property: Id(1)] int FirstMonth, [property: Id(2)] int Months)
{
    public static ReportPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is no whole month, quarter or year.");

    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = new ReportPeriod(0, 1, 12);
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            period = new ReportPeriod(year, (match.Groups["quarter"].Value[0] - '1') * 3 + 1, 3);
        }
        else if (match.Groups["month"].Success)
        {
            period = new ReportPeriod(year, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1);
        }
        else
        {
            period = new ReportPeriod(year, 1, 12);
        }

        return true;
    }

    /// <summary>Whether the calendar month <paramref name="year"/>-<paramref name="month"/> lies in this period.</summary>
    public bool Contains(int year, int month) => year == Year && month >= FirstMonth && month < FirstMonth + Months;

    public override string ToString() => Months switch
    {
        1 => string.Create(CultureInfo.InvariantCulture, $"{Year}-{FirstMonth:00}"),
        3 => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{(FirstMonth - 1) / 3 + 1}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<year>20\d\d)(-(Q(?<quarter>[1-4])|(?<month>0[1-9]|1[0-2])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
