using System.Diagnostics;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// A production start from nothing: an empty PostgreSQL of the test's own, the first admin made by the CLI, the app as a
/// real process in Production (no demo), and the network set up on /verwaltung alone (a district, a practice, a Lotsin,
/// their accounts and the coordinator's, one more practice by CSV after a dry run). Then the first referral: the practice
/// user, the coordinator and the Lotsin each change their first password at their first sign-in, the practice refers a
/// family, the coordinator sees it live and assigns it to the new Lotsin, who sees the offer live.
/// </summary>
public sealed partial class ProductionStartTests(BrowserApp app, ITestOutputHelper output)
{
    private const string Network = "familiennetz-herne";
    private const string AdminUser = "it.verwaltung";
    private const string AdminPassword = "Start-Passwort-der-IT-2026";
    private const string Town = "Herne";
    private const string NewDistrict = "Constantin";
    private const string PracticeName = "Kinderarztpraxis Dr. Sonnenschein";
    private const string CsvPracticeName = "Kinder- und Jugendarztpraxis am Markt";
    private const string LotsinName = "Aylin Demir";
    private const string PracticeUser = "praxis.sonnenschein";
    private const string LotsinUser = "lotsin.demir";
    private const string CoordinatorUser = "koordination.herne";
    private const string CsvPracticeUser = "praxis.markt";

    private static readonly AxeRunOptions _wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task A_production_start_is_set_up_from_nothing_with_the_CLI_and_the_admin_page_and_reaches_the_first_referral()
    {
        // 1. An empty PostgreSQL of the test's own.
        await using var database = await PrivatePostgres.StartAsync();
        var storage = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["Silo:Address"] = "127.0.0.1",
        };
        Step($"PostgreSQL of its own started, empty: {await TableCountAsync(database)} tables");

        // 2. The first admin, by the CLI: exit code 0, and the password appears nowhere in what it wrote.
        var (exitCode, written, errors) = await WebCommand.RunAsync(
            ["admin", "create", "--user", AdminUser, "--network", Network, "--display", "IT der Stadt Herne",
                .. storage.Select(setting => $"--{setting.Key}={setting.Value}")],
            new Dictionary<string, string> { ["HERES_ADMIN_PASSWORD"] = AdminPassword, ["DOTNET_ENVIRONMENT"] = "Production" });
        Assert.True(exitCode == 0, $"admin create ended with {exitCode}:\n{written}\n{errors}");
        Assert.Contains(AdminUser, written, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminPassword, written + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Application started", written, StringComparison.Ordinal); // the operator's output, not the app's start-up log
        var said = written.Split('\n').Last(line => line.StartsWith("admin create:", StringComparison.Ordinal)).Trim();
        Step($"CLI admin create: exit code {exitCode}, \"{said}\" (the password not printed); {await TableCountAsync(database)} tables now");
        var again = await WebCommand.RunAsync(
            ["admin", "create", "--user", AdminUser, "--network", Network, .. storage.Select(setting => $"--{setting.Key}={setting.Value}")],
            new Dictionary<string, string> { ["HERES_ADMIN_PASSWORD"] = "Ein-anderes-Passwort-2026", ["DOTNET_ENVIRONMENT"] = "Production" });
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Errors, StringComparison.Ordinal);
        Step($"CLI admin create again for {AdminUser}: exit code {again.ExitCode}, refused (an existing account is never overwritten)");

        // 3. The app as a real process in Production on that database: no demo accounts, no demo data.
        await using var node = await NodeProcess.StartAsync(new Dictionary<string, string>(storage) { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        Step($"app started in Production at {node.Address}");
        await using (var visitor = await app.VisitorAsync(app: node.Address))
        {
            var page = visitor.Page;
            await page.GotoAsync("/anmelden");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true })).ToBeVisibleAsync();
            await Expect(page.Locator(".demo-accounts")).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Demo");
            await SubmitSignInAsync(page, "praxis01", DemoLogin.Password);
            await Expect(page.Locator("#anmelden-fehler")).ToBeVisibleAsync();
            Assert.EndsWith("/anmelden", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Step($"sign-in page lists no demo account; praxis01 is refused: \"{await page.Locator("#anmelden-fehler").InnerTextAsync()}\"");
        }

        // 4. The admin sets the network up on /verwaltung.
        await using var admin = await SignInAsync(node.Address, AdminUser, AdminPassword);
        var verwaltung = admin.Page;
        await Expect(verwaltung).ToHaveURLAsync(new Regex("/verwaltung$"));
        await Expect(verwaltung.Locator("#konten tbody tr[data-user]")).ToHaveCountAsync(1);
        await Expect(verwaltung.Locator("#praxen tbody tr[data-practice]")).ToHaveCountAsync(0);
        Step("admin signed in on /verwaltung: her own account listed, no practice, no Lotsin");

        await AddDistrictAsync(verwaltung);
        await AddPracticeAsync(verwaltung);
        await AddLotsinAsync(verwaltung);
        var practicePassword = await CreateAccountAsync(verwaltung, PracticeUser, "Praxis Dr. Sonnenschein", "Praxis", PracticeName);
        var lotsinPassword = await CreateAccountAsync(verwaltung, LotsinUser, LotsinName, "Familienlotsin", LotsinName);
        var coordinatorPassword = await CreateAccountAsync(verwaltung, CoordinatorUser, "Koordination Herne", "Koordination", entity: null);
        await ImportPracticeByCsvAsync(verwaltung);

        await Expect(verwaltung.Locator("#praxen tbody tr[data-practice]")).ToHaveCountAsync(2);
        await Expect(verwaltung.Locator("#lotsinnen tbody tr[data-lotsin]")).ToHaveCountAsync(1);
        await Expect(verwaltung.Locator("#konten tbody tr[data-user]")).ToHaveCountAsync(5);
        await Expect(verwaltung.Locator($"#konten tbody tr[data-user='{PracticeUser}']")).ToContainTextAsync("Erstpasswort noch nicht geändert");
        await AssertAccessibleAsync(verwaltung, "/verwaltung");
        Step("network set up: 2 practices, 1 Lotsin, 5 accounts (admin, 2 practices, Lotsin, coordinator); /verwaltung has no WCAG 2.1 AA violation");

        // 5. Each person signs in with her first password and must choose her own first; then the first referral.
        await using var praxis = await SignInAsync(node.Address, PracticeUser, practicePassword);
        await Expect(praxis.Page).ToHaveURLAsync(new Regex("/passwort-aendern$"));
        await Expect(praxis.Page.Locator("#erstpasswort-hinweis")).ToBeVisibleAsync();
        var gatedApi = await praxis.Context.APIRequest.GetAsync("/api/referrals");
        Assert.Equal(403, gatedApi.Status);
        await praxis.Page.GotoAsync("/praxis");
        await Expect(praxis.Page).ToHaveURLAsync(new Regex("/passwort-aendern$"));
        await AssertAccessibleAsync(praxis.Page, "/passwort-aendern");
        Step("practice signed in with her first password: sent to /passwort-aendern (also from /praxis), the API answers 403; the page has no WCAG 2.1 AA violation");
        await ChangeFirstPasswordAsync(praxis.Page, practicePassword, "/praxis");
        Step("practice chose her own password and landed on /praxis");

        await using var koordination = await SignInAsync(node.Address, CoordinatorUser, coordinatorPassword);
        await ChangeFirstPasswordAsync(koordination.Page, coordinatorPassword, "/koordination");
        await Expect(koordination.Page.Locator("#auslastung")).ToContainTextAsync(LotsinName);
        Step("coordinator chose her own password and landed on /koordination; the board lists the new Lotsin");

        await using var lotsin = await SignInAsync(node.Address, LotsinUser, lotsinPassword);
        await ChangeFirstPasswordAsync(lotsin.Page, lotsinPassword, "/lotsin");
        Step("Lotsin chose her own password and landed on /lotsin");

        foreach (var person in new[] { praxis, koordination, lotsin })
        {
            await person.WaitUntilLiveAsync();
            await person.MarkPageAsync();
        }

        var referral = Referral.New(municipality: Town, district: NewDistrict);
        await referral.SubmitOnPracticePageAsync(praxis.Page);
        Step($"practice referred a family in {Town}, {NewDistrict} through the form: {referral.Reference}");

        await Expect(referral.OnBoardQueue(koordination.Page)).ToBeVisibleAsync();
        await Expect(Board.QueueRows(koordination.Page)).ToHaveCountAsync(1);
        Step("the referral appeared live in the coordinator's queue (1 row)");
        await referral.OnBoardQueue(koordination.Page).GetByRole(AriaRole.Button, new() { Name = "Zuweisen" }).ClickAsync();
        var panel = koordination.Page.Locator("#zuweisen");
        await panel.GetByRole(AriaRole.Radio, new() { Name = LotsinName }).CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Zuweisen", Exact = true }).ClickAsync();
        await Expect(referral.OnBoardQueue(koordination.Page)).ToContainTextAsync(LotsinName);
        Step($"the coordinator assigned it to {LotsinName}");

        var offer = referral.AsOffer(lotsin.Page);
        await Expect(offer).ToBeVisibleAsync();
        await Expect(offer.GetByRole(AriaRole.Button, new() { Name = "Annehmen" })).ToBeVisibleAsync();
        foreach (var person in new[] { praxis, koordination, lotsin })
        {
            await person.AssertNotReloadedAsync();
        }

        Step($"the Lotsin sees the offer live; {await TableCountAsync(database)} tables in the database, the node wrote {node.Output.Split('\n').Length} log lines");
        Assert.False(node.HasExited);
        Assert.DoesNotContain("fail:", node.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminPassword, node.Output, StringComparison.Ordinal);
    }

    private async Task AddDistrictAsync(IPage page)
    {
        var form = page.Locator("#ort-form");
        await form.GetByLabel("Stadt (eine bestehende oder eine neue)").FillAsync(Town);
        await form.GetByLabel("Stadtteil", new() { Exact = true }).FillAsync(NewDistrict);
        await form.GetByRole(AriaRole.Button, new() { Name = "Stadtteil hinzufügen" }).ClickAsync();
        await Expect(Status(page)).ToContainTextAsync($"{NewDistrict} ({Town}) steht jetzt in den Auswahllisten.");
        await Expect(page.Locator($"#orte [data-town='{Town}']")).ToContainTextAsync(NewDistrict);
        Step($"district added: {Town}, {NewDistrict}");
    }

    private async Task AddPracticeAsync(IPage page)
    {
        var form = page.Locator("#praxis-form");
        await form.GetByLabel("Name der Praxis").FillAsync(PracticeName);
        await form.GetByLabel("Anschrift").FillAsync("Bahnhofstraße 12, 44623 Herne");
        await form.GetByLabel("Telefon für Rückrufe").FillAsync("02323 555000");
        await form.GetByLabel("Stadt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Town });
        await form.GetByLabel("Stadtteil", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = NewDistrict });
        await form.GetByRole(AriaRole.Button, new() { Name = "Praxis speichern" }).ClickAsync();
        await Expect(Status(page)).ToContainTextAsync($"{PracticeName} ist aufgenommen.");
        await Expect(page.Locator("#praxen tbody tr[data-practice]").Filter(new() { HasText = PracticeName })).ToContainTextAsync($"{Town}, {NewDistrict}");
        Step($"practice added through the form: {PracticeName}");
    }

    private async Task AddLotsinAsync(IPage page)
    {
        var form = page.Locator("#lotsin-form");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(LotsinName);
        await form.GetByLabel("Träger (Arbeitgeber)").FillAsync("Caritasverband Herne");
        await form.GetByLabel("Kapazität (Fälle zugleich)").FillAsync("8");
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Deutsch", Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Türkisch", Exact = true }).CheckAsync();
        await form.GetByLabel("Stadtteile, in denen sie arbeitet").SelectOptionAsync([
            new SelectOptionValue { Label = NewDistrict }, new SelectOptionValue { Label = "Sodingen" }]);
        await form.GetByRole(AriaRole.Button, new() { Name = "Familienlotsin speichern" }).ClickAsync();
        await Expect(Status(page)).ToContainTextAsync($"{LotsinName} ist aufgenommen.");
        var row = page.Locator("#lotsinnen tbody tr[data-lotsin]").Filter(new() { HasText = LotsinName });
        await Expect(row).ToContainTextAsync("Deutsch, Türkisch");
        await Expect(row).ToContainTextAsync(NewDistrict);
        await Expect(row).ToContainTextAsync("Herne: Sodingen"); // each district with its town: some names are two towns' districts
        Step($"Lotsin added through the form: {LotsinName}");
    }

    /// <summary>Creates an account through "Konto anlegen" and returns the first password the status line shows.</summary>
    private async Task<string> CreateAccountAsync(IPage page, string userName, string displayName, string role, string? entity)
    {
        var form = page.Locator("#konto-form");
        await form.GetByLabel("Benutzername").FillAsync(userName);
        await form.GetByLabel("Angezeigter Name").FillAsync(displayName);
        await form.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = role });
        if (entity is null)
        {
            await Expect(form.GetByLabel("Gehört zu")).ToBeHiddenAsync();
        }
        else
        {
            await form.GetByLabel("Gehört zu").SelectOptionAsync(new SelectOptionValue { Label = entity });
        }

        await Expect(form.GetByLabel("Erstpasswort", new() { Exact = true })).ToHaveValueAsync(FirstPasswordPattern());
        await form.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await Expect(Status(page)).ToContainTextAsync($"Das Konto {userName} ist angelegt.");
        var status = await Status(page).InnerTextAsync();
        var match = FirstPasswordInStatus().Match(status);
        Assert.True(match.Success, $"no first password in the status line: {status}");
        await Expect(page.Locator($"#konten tbody tr[data-user='{userName}']")).ToContainTextAsync(displayName);
        Step($"account {userName} ({role}{(entity is null ? "" : $", {entity}")}) created; its first password read from the status line");
        return match.Groups[1].Value;
    }

    private async Task ImportPracticeByCsvAsync(IPage page)
    {
        const string header = "Name;Anschrift;Telefon;Stadt;Stadtteil;Benutzername";
        var good = $"{CsvPracticeName};Markt 3, 44649 Herne;02325 555020;{Town};Wanne;{CsvPracticeUser}";
        var form = page.Locator("#import-form");
        var rows = page.Locator("#import-zeilen tbody tr");
        await form.GetByRole(AriaRole.Radio, new() { Name = "Praxen", Exact = true }).CheckAsync();

        await form.GetByLabel("Inhalt der Datei").FillAsync($"{header}\n{good}\nPraxis ohne Ort;Weg 1;02323 1;{Town};Atlantis;\n");
        await form.GetByRole(AriaRole.Button, new() { Name = "Probelauf" }).ClickAsync();
        await Expect(page.Locator("#import-ergebnis")).ToContainTextAsync("Probelauf: 2 Zeilen geprüft, 1 mit Problemen. Nichts wurde geändert.");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#import-zeilen tbody tr[data-line='2']")).ToContainTextAsync("in Ordnung");
        await Expect(page.Locator("#import-zeilen tbody tr[data-line='3']")).ToHaveAttributeAsync("data-problems", "1");
        await Expect(page.Locator("#import-zeilen tbody tr[data-line='3']")).ToContainTextAsync("Stadtteil:");
        await Expect(page.Locator("#praxen tbody tr[data-practice]")).ToHaveCountAsync(1);
        Step($"CSV dry run: 2 rows checked, line 3 refused (\"{await page.Locator("#import-zeilen tbody tr[data-line='3'] td").Last.InnerTextAsync()}\"), nothing changed");

        // A header the import does not know would lose its column: the file is refused at the field, naming it.
        await form.GetByLabel("Inhalt der Datei").FillAsync($"{header.Replace("Telefon", "Telefonnummer", StringComparison.Ordinal)}\n{good}\n");
        await form.GetByRole(AriaRole.Button, new() { Name = "Probelauf" }).ClickAsync();
        await Expect(form.GetByLabel("Inhalt der Datei")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator(".field-error")).ToContainTextAsync("Die Spalte „Telefonnummer“ gibt es hier nicht.");
        await Expect(page.Locator("#import-ergebnis")).ToBeEmptyAsync();
        Step($"CSV with a column 'Telefonnummer': refused at the field (\"{await form.Locator(".field-error").InnerTextAsync()}\"), the earlier result gone");

        await form.GetByLabel("Inhalt der Datei").FillAsync($"{header}\n{good}\n");
        await form.GetByRole(AriaRole.Button, new() { Name = "Importieren" }).ClickAsync();
        await Expect(page.Locator("#import-ergebnis p")).ToHaveTextAsync("Import fertig: 1 Zeile aufgenommen.");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync($"Konto {CsvPracticeUser}, Erstpasswort ");
        await Expect(page.Locator("#praxen tbody tr[data-practice]").Filter(new() { HasText = CsvPracticeName })).ToContainTextAsync(CsvPracticeUser);
        Step($"CSV import: {CsvPracticeName} imported with the account {CsvPracticeUser}");

        // The same file sent again (the first answer was lost, say) is the same import: nothing is added twice.
        await form.GetByRole(AriaRole.Radio, new() { Name = "Praxen", Exact = true }).CheckAsync();
        await form.GetByLabel("Inhalt der Datei").FillAsync($"{header}\n{good}\n");
        await form.GetByRole(AriaRole.Button, new() { Name = "Importieren" }).ClickAsync();
        await Expect(rows.First).ToContainTextAsync("aufgenommen (schon beim ersten Senden)");
        await Expect(page.Locator("#praxen tbody tr[data-practice]").Filter(new() { HasText = CsvPracticeName })).ToHaveCountAsync(1);
        Step("CSV import sent again: answered as the same import, nothing added twice");
    }

    private async Task<Person> SignInAsync(Uri site, string userName, string password)
    {
        var person = await app.VisitorAsync(app: site);
        await person.Page.GotoAsync("/anmelden");
        await SubmitSignInAsync(person.Page, userName, password);
        await person.Page.WaitForURLAsync(url => !url.Contains("/anmelden", StringComparison.Ordinal));
        return person;
    }

    private static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("Benutzername").FillAsync(userName);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
    }

    /// <summary>On /passwort-aendern after the first sign-in: replaces the first password and waits for the account's home page.</summary>
    private static async Task ChangeFirstPasswordAsync(IPage page, string firstPassword, string home)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/passwort-aendern$"));
        await Expect(page.Locator("#erstpasswort-hinweis")).ToBeVisibleAsync();
        var own = $"Eigenes-Passwort-{Guid.NewGuid():N}"[..28];
        await page.GetByLabel("Bisheriges Passwort", new() { Exact = true }).FillAsync(firstPassword);
        await page.GetByLabel("Neues Passwort", new() { Exact = true }).FillAsync(own);
        await page.GetByLabel("Neues Passwort wiederholen", new() { Exact = true }).FillAsync(own);
        await page.GetByRole(AriaRole.Button, new() { Name = "Passwort ändern", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(home)}$"));
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        var result = await page.RunAxe(_wcag21AA);
        Assert.True(result.Violations.Length == 0, $"{result.Violations.Length} accessibility violation(s) on {path}:" + string.Concat(result.Violations.Select(v =>
            $"{Environment.NewLine}- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}    at " + string.Join($"{Environment.NewLine}    at ", v.Nodes.Select(n => n.Target.ToString())))));
    }

    private static ILocator Status(IPage page) => page.Locator("#verwaltung-status");

    private static async Task<long> TableCountAsync(PrivatePostgres database) =>
        (await PostgresServer.TextsAsync(database.ConnectionString,
            "select count(*)::text from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")).Select(count => long.Parse(count, System.Globalization.CultureInfo.InvariantCulture)).Single();

    private void Step(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {line}");

    [GeneratedRegex("^[a-z0-9]{4}(-[a-z0-9]{4}){3}$")]
    private static partial Regex FirstPasswordPattern();

    [GeneratedRegex(@"Erstpasswort: ([a-z0-9]{4}(?:-[a-z0-9]{4}){3})")]
    private static partial Regex FirstPasswordInStatus();
}
