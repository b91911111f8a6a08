using System.Globalization;
using System.Text;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// The audit lines as a CSV file for German Excel: UTF-8 with a byte order mark, semicolons, German times. A cell that
/// a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] _header = ["Nr.", "Zeit", "Wer", "Was", "Fall", "Ergebnis"];
    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");

    public static byte[] Write(IEnumerable<AuditLine> lines)
    {
        var text = new StringBuilder();
        Row(text, _header);
        foreach (var line in lines)
        {
            Row(text, [
                line.Sequence.ToString(_german),
                GermanTime.ToLocal(line.Time).ToString("dd.MM.yyyy HH:mm:ss", _german),
                line.Who,
                line.What,
                line.CaseId ?? "",
                line.Outcome,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One cell as written: defused if it could start a formula, quoted if it holds a separator, a quote or a line break.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells) => text.AppendJoin(';', cells.Select(Cell)).Append("\r\n");
}
