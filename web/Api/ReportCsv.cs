using System.Globalization;
using System.Text;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Reports;

namespace HeresHealthy.Web.Api;

/// <summary>
/// A report as CSV for spreadsheets in Germany: UTF-8 with BOM, semicolons, German headers, one row per cell of the
/// breakdown and the total last. A suppressed value is written as „.“ (the official statistics' sign for a value kept
/// secret). A cell that a spreadsheet would run as a formula is quoted with a leading apostrophe.
/// </summary>
public static class ReportCsv
{
    private static readonly char[] _formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(ReportView report)
    {
        var text = new StringBuilder();
        Line(text, [
            ReportWords.Breakdown(report.By), "Zeitraum", "Vermittlungen", "Familien erreicht", "Anteil erreicht (%)",
            "Median Minuten bis Übernahme", "90. Perzentil Minuten bis Übernahme",
            "Median Minuten bis erstem Kontaktversuch", "90. Perzentil Minuten bis erstem Kontaktversuch",
            .. Enum.GetValues<CaseOutcome>().Select(o => $"Abschluss: {ReportWords.Outcome(o)}"),
            "Weitervermittlungen", "davon wahrgenommen", "Anteil wahrgenommen (%)",
            .. Enum.GetValues<HelpOfferKind>().SelectMany(k => new[] { $"Weitervermittlungen: {ReportWords.OfferKind(k)}", $"{ReportWords.OfferKind(k)}: wahrgenommen" }),
        ]);
        foreach (var row in report.Rows.Append(report.Total))
        {
            Line(text, [
                report.By == ReportBreakdown.Need ? ReportWords.Need(row.Key) : row.Key, report.Period,
                Number(row.Referrals), Number(row.Reached), Number(row.ReachedPercent),
                Number(row.MedianMinutesToAssignment), Number(row.P90MinutesToAssignment),
                Number(row.MedianMinutesToFirstContact), Number(row.P90MinutesToFirstContact),
                .. row.Outcomes.Select(o => Number(o.Count)),
                Number(row.OnwardReferrals), Number(row.OnwardTakenUp), Number(row.UptakePercent),
                .. row.OnwardByKind.SelectMany(k => new[] { Number(k.Referrals), Number(k.TakenUp) }),
            ]);
        }

        return Bytes(text);
    }

    /// <summary>A cell as a spreadsheet may read it safely: no formula, quoted where it holds a separator or quote.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && _formulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    /// <summary>The parent workshops of a report: a row per month, a row per municipality, the total last.</summary>
    public static byte[] WriteWorkshops(ReportView report)
    {
        var text = new StringBuilder();
        Line(text, ["Elternwerkstätten nach", "Monat oder Gemeinde", "Zeitraum", "Werkstätten gehalten", "Familien angemeldet", "Familien teilgenommen"]);
        var rows = report.WorkshopsByMonth.Select(r => ("Monat", r)).Concat(report.WorkshopsByMunicipality.Select(r => ("Gemeinde", r))).Append(("Gesamt", report.WorkshopTotal));
        foreach (var (by, row) in rows)
        {
            Line(text, [by, row.Key, report.Period, Number(row.Held), Number(row.Registered), Number(row.Attended)]);
        }

        return Bytes(text);
    }

    private static byte[] Bytes(StringBuilder text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? ".";

    private static void Line(StringBuilder text, IEnumerable<string> cells) => text.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
}
