using System.Globalization;
using HeresHealthy.Grains.Abstractions.Reports;

namespace HeresHealthy.Grains.Reports;

/// <summary>
/// The parent workshops of a report: the held workshops of whole months in the period, a row per month and per
/// municipality, each count passed through <see cref="SmallNumbers.Count"/> (or, for tests, another publish rule) and
/// the total from the true values.
/// </summary>
public static class WorkshopReport
{
    public static ReportView With(ReportView view, IEnumerable<WorkshopFact> facts, ReportPeriod period, Func<int, int?>? publish = null)
    {
        publish ??= SmallNumbers.Count;
        var inPeriod = facts.Where(f => period.Contains(f.Year, f.Month)).ToList();
        return view with
        {
            WorkshopsByMonth = Rows(inPeriod, f => string.Create(CultureInfo.InvariantCulture, $"{f.Year}-{f.Month:00}"), publish),
            WorkshopsByMunicipality = Rows(inPeriod, f => f.Municipality, publish),
            WorkshopTotal = Row("Gesamt", inPeriod, publish),
        };
    }

    private static List<WorkshopReportRow> Rows(List<WorkshopFact> facts, Func<WorkshopFact, string> key, Func<int, int?> publish) =>
        [.. facts.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, [.. g], publish))];

    private static WorkshopReportRow Row(string key, List<WorkshopFact> facts, Func<int, int?> publish) =>
        new(key, publish(facts.Count), publish(facts.Sum(f => f.Registered)), publish(facts.Sum(f => f.Attended)));
}
