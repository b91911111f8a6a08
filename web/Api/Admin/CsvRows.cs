using CsvHelper;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>
/// Reads a CSV file as a spreadsheet saves it (semicolons as German Excel writes them, commas or tabs, detected; a
/// header row; Excel's "sep=;" line) into one dictionary per row: header (lower case, trimmed) → value (trimmed), with
/// the row's line in the file. A column the import does not know (a typo such as "Telefonnummer" would drop every
/// phone number) and a row with more values than the header has columns (an unquoted separator inside a value) make the
/// whole file unreadable, naming the column or the line.
/// </summary>
public static class CsvRows
{
    public const int MaxRows = 2000;

    private static readonly CsvReaderOptions _options = new()
    {
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        DetectSeparatorHint = true,
        MaxRecordSize = 64 * 1024,
    };

    public static bool TryRead(
        string? csv, IReadOnlyList<string> columns, out IReadOnlyList<IReadOnlyDictionary<string, string>> rows, out string? problem)
    {
        rows = [];
        if (string.IsNullOrWhiteSpace(csv))
        {
            problem = "Die CSV-Datei ist leer: eine Kopfzeile und mindestens eine Zeile sind nötig.";
            return false;
        }

        try
        {
            using var reader = CsvReader.FromText(csv, _options);
            var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            if (reader.Headers.Select(h => h.Trim()).FirstOrDefault(h => h.Length > 0 && !columns.Contains(h.ToLowerInvariant())) is { } unknown)
            {
                problem = $"Die Spalte „{unknown}“ gibt es hier nicht. Möglich sind: {string.Join(", ", columns.Select(Capitalised))}.";
                return false;
            }

            var read = new List<IReadOnlyDictionary<string, string>>();
            while (reader.Read())
            {
                if (read.Count == MaxRows)
                {
                    problem = $"Die CSV-Datei hat mehr als {MaxRows} Zeilen.";
                    return false;
                }

                var fields = reader.Current.ToArray();
                if (fields.Skip(headers.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    problem = $"Zeile {read.Count + 2} hat {fields.Length} Werte, die Kopfzeile {headers.Length} Spalten. "
                        + "Ein Wert mit Trennzeichen (Semikolon oder Komma) gehört in Anführungszeichen.";
                    return false;
                }

                read.Add(headers.Select((header, i) => (header, value: i < fields.Length ? fields[i]?.Trim() ?? "" : ""))
                    .Where(pair => pair.header.Length > 0)
                    .DistinctBy(pair => pair.header)
                    .ToDictionary(pair => pair.header, pair => pair.value));
            }

            rows = read;
            problem = read.Count == 0 ? "Die CSV-Datei hat nur eine Kopfzeile." : null;
            return read.Count > 0;
        }
        catch (CsvFormatException error)
        {
            problem = $"Die CSV-Datei ist nicht lesbar: {error.Message}";
            return false;
        }
    }

    private static string Capitalised(string column) => char.ToUpperInvariant(column[0]) + column[1..];
}
