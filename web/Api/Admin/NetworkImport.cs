using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Network;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>
/// Bulk import of practices and Lotsinnen from CSV, for the admin page and the CLI alike. Every row is checked first;
/// a file with any problem changes nothing, and a dry run never does. Rows with a user name get an account with a
/// first password. Each row is its own command (the import's id and the line), so sending the same import again adds nothing,
/// and an import that was interrupted completes when it is run again (its earlier rows count as its own, not as taken names).
/// </summary>
public static class NetworkImport
{
    /// <summary>The columns a file may have, for practices and for Lotsinnen (headers in any case and order).</summary>
    public static readonly string[] PracticeColumns = ["name", "anschrift", "telefon", "stadt", "stadtteil", "benutzername"];
    public static readonly string[] LotsinColumns = ["name", "träger", "kapazität", "sprachen", "stadtteile", "benutzername"];

    private static readonly Dictionary<string, string> _columnOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["address"] = "anschrift", ["phone"] = "telefon", ["municipality"] = "stadt", ["district"] = "stadtteil",
        ["organisation"] = "träger", ["capacity"] = "kapazität", ["languages"] = "sprachen", ["districts"] = "stadtteile",
        ["userName"] = "benutzername", ["displayName"] = "name", ["id"] = "name",
    };

    public static Task<ImportReport> PracticesAsync(IGrainFactory grains, string network, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, string commandId, bool dryRun) =>
        ImportAsync(grains, grains.GetGrain<INetworkGrain>(network), rows, commandId, dryRun, ["name", "stadt", "stadtteil"], ActorRole.Practice,
            row => new PracticeProfile("", row.GetValueOrDefault("name", ""), "", row.GetValueOrDefault("stadt", ""), row.GetValueOrDefault("stadtteil", ""),
                AdminInput.Optional(row.GetValueOrDefault("telefon")), AdminInput.Optional(row.GetValueOrDefault("anschrift"))),
            (practice, places) => NetworkRules.CheckPractice(practice, places),
            setup => setup.Practices.Select(p => p.Name),
            (network, command, practice) => network.SavePracticeAsync(command, practice));

    public static Task<ImportReport> LotsinnenAsync(IGrainFactory grains, string network, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, string commandId, bool dryRun) =>
        ImportAsync(grains, grains.GetGrain<INetworkGrain>(network), rows, commandId, dryRun, ["name", "träger", "kapazität", "sprachen", "stadtteile"], ActorRole.Lotsin,
            row => new LotsinProfile("", row.GetValueOrDefault("name", ""), "", row.GetValueOrDefault("träger", ""),
                int.TryParse(row.GetValueOrDefault("kapazität"), out var capacity) ? capacity : -1,
                [.. List(row.GetValueOrDefault("sprachen")).Select(l => NetworkLanguages.CodeOf(l) ?? l)],
                List(row.GetValueOrDefault("stadtteile"))),
            (lotsin, places) => NetworkRules.CheckLotsin(lotsin, places),
            setup => setup.Lotsinnen.Select(l => l.Name),
            (network, command, lotsin) => network.SaveLotsinAsync(command, lotsin));

    private static async Task<ImportReport> ImportAsync<TProfile>(
        IGrainFactory grains, INetworkGrain network, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, string commandId, bool dryRun, string[] required, ActorRole role,
        Func<IReadOnlyDictionary<string, string>, TProfile> read, Func<TProfile, IReadOnlyList<NetworkTown>, Refusal?> check,
        Func<NetworkSetup, IEnumerable<string>> existingNames, Func<INetworkGrain, string, TProfile, Task<SetupResult>> save)
    {
        var setup = await network.GetSetupAsync();
        var existing = existingNames(setup).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seenNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenUsers = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedRows = new List<(ImportRow Row, TProfile Profile, string? UserName)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var line = i + 2;
            var row = rows[i];
            var problems = required.Where(c => string.IsNullOrWhiteSpace(row.GetValueOrDefault(c))).ToDictionary(c => c, c => "Die Angabe fehlt.");
            var profile = read(row);
            foreach (var (field, message) in check(profile, setup.Places)?.Errors ?? new Dictionary<string, string>())
            {
                problems.TryAdd(_columnOf.GetValueOrDefault(field, field), message);
            }

            var name = row.GetValueOrDefault("name", "");
            // A row this import saved before it was interrupted is its own, not another entry of the same name.
            var ownEarlier = await network.CarriedOutAsync(RowCommand(commandId, line)) is not null;
            if (existing.Contains(name) && !ownEarlier)
            {
                problems.TryAdd("name", $"{name} gibt es im Netzwerk schon.");
            }
            else if (name.Length > 0 && !seenNames.TryAdd(name, line))
            {
                problems.TryAdd("name", $"{name} steht schon in Zeile {seenNames[name]}.");
            }

            var userName = AdminInput.Optional(row.GetValueOrDefault("benutzername"))?.ToLowerInvariant();
            if (userName is not null
                && await network.CarriedOutAsync(AccountCommand(commandId, line)) is null
                && await UserNameProblemAsync(grains, userName, seenUsers, line) is { } taken)
            {
                problems.TryAdd("benutzername", taken);
            }

            checkedRows.Add((new ImportRow(line, name, problems), profile, userName));
        }

        if (dryRun || checkedRows.Any(r => r.Row.Problems.Count > 0))
        {
            return new ImportReport(dryRun, false, [.. checkedRows.Select(r => r.Row)]);
        }

        var imported = new List<ImportRow>();
        foreach (var (row, profile, userName) in checkedRows)
        {
            var (result, id) = await save(network, RowCommand(commandId, row.Line), profile);
            var done = row with { Id = id, Repeated = result.Repeated };
            if (result.Accepted && userName is not null)
            {
                var password = FirstPasswords.New();
                var account = await network.CreateAccountAsync(
                    AccountCommand(commandId, row.Line), new AccountProfile(userName, row.Name, role, id!, ""), password);
                done = done with { UserName = userName, FirstPassword = account is { Accepted: true, Repeated: false } ? password : null };
            }

            imported.Add(done);
        }

        return new ImportReport(false, true, imported);
    }

    private static string RowCommand(string importId, int line) => $"{importId}-{line}";

    private static string AccountCommand(string importId, int line) => $"{importId}-{line}-konto";

    private static async Task<string?> UserNameProblemAsync(IGrainFactory grains, string userName, Dictionary<string, int> seen, int line)
    {
        if (!NetworkIds.IsSafe(userName))
        {
            return "Der Benutzername hat 2 bis 100 Zeichen aus a–z, 0–9, Punkt, Unterstrich und Bindestrich.";
        }

        if (!seen.TryAdd(userName, line))
        {
            return $"Der Benutzername steht schon in Zeile {seen[userName]}.";
        }

        return await grains.GetGrain<IAccountGrain>(userName).GetAsync() is not null ? $"Den Benutzernamen {userName} gibt es schon." : null;
    }

    private static string[] List(string? text) =>
        text?.Split(['|', '/', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
