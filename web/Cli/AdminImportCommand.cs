using HeresHealthy.Web.Api.Admin;

namespace HeresHealthy.Web.Cli;

/// <summary>
/// <c>admin import practices|lotsinnen FILE --network NETWORK [--dry-run]</c>: the CSV import of the admin page, on the
/// server. Prints every row with its problems, or what was made of it (the first passwords of new accounts, to hand over
/// in person). A file with any problem changes nothing. Exit codes: 0 imported or a clean dry run, 1 problems, 2 usage.
/// </summary>
internal static class AdminImportCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var kind = args.ElementAtOrDefault(0);
        var file = args.ElementAtOrDefault(1);
        var rest = args.Skip(2).ToArray();
        var network = Option(rest, "--network");
        if (kind is not ("practices" or "lotsinnen") || file is null || network is null || !Api.CaseCommands.IsSafeId(network))
        {
            await console.Error.WriteLineAsync($"admin import: practices or lotsinnen, a CSV file and --network NETWORK are needed.\n{HeresCli.Usage}");
            return 2;
        }

        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync($"admin import: the file {file} does not exist.");
            return 1;
        }

        var csv = await File.ReadAllTextAsync(file);
        if (!CsvRows.TryRead(csv, kind == "practices" ? NetworkImport.PracticeColumns : NetworkImport.LotsinColumns, out var rows, out var problem))
        {
            await console.Error.WriteLineAsync($"admin import: {problem}");
            return 1;
        }

        var dryRun = rest.Contains("--dry-run");
        await using var app = await CliHost.StartAsync([.. rest.Where((a, i) => a is not "--dry-run" and not "--network" && (i == 0 || rest[i - 1] != "--network"))]);
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        // One import id per file content: running the same file again adds nothing twice.
        var commandId = $"cli-import-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(kind + csv)))[..24]}";
        var report = kind == "practices"
            ? await NetworkImport.PracticesAsync(grains, network, rows, commandId, dryRun)
            : await NetworkImport.LotsinnenAsync(grains, network, rows, commandId, dryRun);
        foreach (var row in report.Rows)
        {
            await console.Out.WriteLineAsync(Describe(row));
        }

        await console.Out.WriteLineAsync(report switch
        {
            { Imported: true } => $"admin import: {report.Rows.Count} rows imported into {network}.",
            { DryRun: true } => $"admin import: dry run, {report.Rows.Count} rows checked, {report.Invalid} with problems; nothing changed.",
            _ => $"admin import: nothing imported, {report.Invalid} of {report.Rows.Count} rows have problems.",
        });
        return report.Invalid == 0 ? 0 : 1;
    }

    private static string Describe(ImportRow row) => row.Problems.Count > 0
        ? $"Zeile {row.Line} ({row.Name}): {string.Join("; ", row.Problems.Select(p => $"{p.Key}: {p.Value}"))}"
        : row.Id is null
            ? $"Zeile {row.Line} ({row.Name}): in Ordnung"
            : $"Zeile {row.Line} ({row.Name}): aufgenommen als {row.Id}" + Account(row);

    private static string Account(ImportRow row) => row switch
    {
        { UserName: null } => "",
        { FirstPassword: { } password } => $", Konto {row.UserName}, Erstpasswort {password}",
        { Repeated: true } => $", Konto {row.UserName} (bei einem früheren Lauf angelegt: ein neues Erstpasswort gibt „Passwort zurücksetzen“ auf der Verwaltungsseite)",
        _ => $", Konto {row.UserName} (bestand schon)",
    };

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
