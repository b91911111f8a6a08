using System.Net;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;
using HeresHealthy.Web.Cli;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Cli;

/// <summary>The operator's commands, run in production mode against a SQLite file: the app's own, or a fresh one.</summary>
public sealed class CliTests(WebApp app)
{
    private const string Password = "korrekt-Pferd-Batterie-9";

    [Fact]
    public async Task Audit_verify_exits_0_on_an_intact_chain_and_1_naming_the_first_changed_row()
    {
        var target = new SqliteTarget();
        var storage = target.CreateStorage();
        await storage.MigrateAsync(TestContext.Current.CancellationToken);
        await storage.Audit.AppendAsync(
            [.. Enumerable.Range(1, 5).Select(i => new AuditEntry(DateTimeOffset.UnixEpoch.AddDays(i), "Practice:praxis01", "GET /api/referrals/{caseId}", $"case-{i}", 200))],
            TestContext.Current.CancellationToken);

        var intact = await RunAsync(["audit", "verify", .. On(target.ConnectionString)]);
        await RawSql.ExecuteAsync(target, "UPDATE audit_trail SET case_id = 'case-7' WHERE sequence = 3");
        var changed = await RunAsync(["audit", "verify", .. On(target.ConnectionString)]);

        Assert.Equal((0, "audit trail on sqlite: 5 rows checked, chain OK"), (intact.ExitCode, intact.Out.Trim()));
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("BROKEN at sequence 3", changed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_holds_for_the_trail_the_running_app_writes()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        await practice.GetTextAsync("/api/referrals");

        var verified = await RunAsync(["audit", "verify", .. On(app.SqliteConnectionString)]);

        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("chain OK", verified.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("elf-Zeichen")]
    public async Task Admin_create_without_a_password_of_12_characters_is_refused_and_creates_nothing(string typed)
    {
        var user = NewUserName();

        var refused = await RunAsync(["admin", "create", "--user", user, .. On(app.SqliteConnectionString)], typed);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("at least 12 characters", refused.Error, StringComparison.Ordinal);
        using var client = app.Anonymous();
        using var signIn = await client.SignInAsync(user, typed);
        Assert.NotEqual(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_created_admin_signs_in_sees_no_case_and_cannot_be_created_twice()
    {
        var user = NewUserName();

        var created = await RunAsync(["admin", "create", "--user", user, "--display", "IT Betrieb", "--network", OwnNetwork(), .. On(app.SqliteConnectionString)], Password);
        var again = await RunAsync(["admin", "create", "--user", user, .. On(app.SqliteConnectionString)], "ein-anderes-Passwort-2");

        Assert.Equal((0, 1), (created.ExitCode, again.ExitCode));
        Assert.DoesNotContain(Password, created.Out + created.Error, StringComparison.Ordinal);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        using var admin = app.Anonymous();
        using (var signIn = await admin.SignInAsync(user, Password))
        {
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        foreach (var path in new[] { $"/api/referrals/{DemoUsers.ReferredDemoCase}", "/api/lotsin/cases", $"/api/board/cases/{DemoUsers.ReferredDemoCase}", "/api/board", "/api/audit" })
        {
            using var response = await admin.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode} to an admin");
        }
    }

    [Fact]
    public async Task A_data_protection_officer_created_with_the_password_from_the_environment_reads_the_audit_trail()
    {
        var user = NewUserName();

        var created = await RunAsync(["admin", "create", "--user", user, "--role", "DataProtectionOfficer", .. On(app.SqliteConnectionString)], environment: Password);

        Assert.Equal(0, created.ExitCode);
        using var officer = app.Anonymous();
        using var signIn = await officer.SignInAsync(user, Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.NotNull(await officer.GetJsonAsync<AuditPage>("/api/audit"));
    }

    [Fact]
    public async Task A_reporting_account_created_for_a_network_reads_its_reports_and_no_case()
    {
        var user = NewUserName();

        var created = await RunAsync(
            ["admin", "create", "--user", user, "--role", "Reporting", "--network", OwnNetwork(), .. On(app.SqliteConnectionString)], environment: Password);

        Assert.Equal(0, created.ExitCode);
        using var reporting = app.Anonymous();
        using var signIn = await reporting.SignInAsync(user, Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        using var report = await reporting.GetAsync("/api/reports?period=2026");
        using var board = await reporting.GetAsync("/api/board");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (report.StatusCode, board.StatusCode));
    }

    [Fact]
    public async Task Admin_import_lists_each_rows_problem_in_a_dry_run_and_imports_a_good_file_with_first_passwords()
    {
        var name = $"Praxis {Guid.NewGuid():N}"[..20];
        var user = NewUserName();
        var network = OwnNetwork();
        var file = Path.Combine(Directory.CreateTempSubdirectory("heres-import-").FullName, "praxen.csv");
        await File.WriteAllTextAsync(file, $"Name;Stadt;Stadtteil;Benutzername\n{name};Marl;Hüls;{user}\nPraxis ohne Ort;Bochum;Mitte;\n", TestContext.Current.CancellationToken);

        var dryRun = await RunAsync(["admin", "import", "practices", file, "--network", network, "--dry-run", .. On(app.SqliteConnectionString)]);
        await File.WriteAllTextAsync(file, $"Name;Stadt;Stadtteil;Benutzername\n{name};Marl;Hüls;{user}\n", TestContext.Current.CancellationToken);
        var imported = await RunAsync(["admin", "import", "practices", file, "--network", network, .. On(app.SqliteConnectionString)]);

        Assert.Equal(1, dryRun.ExitCode);
        Assert.Contains("Zeile 3 (Praxis ohne Ort): stadt: Bitte eine Stadt des Netzwerks aus der Liste wählen.", dryRun.Out, StringComparison.Ordinal);
        Assert.Contains("nothing changed", dryRun.Out, StringComparison.Ordinal);
        Assert.Equal(0, imported.ExitCode);
        var password = System.Text.RegularExpressions.Regex.Match(imported.Out, "Erstpasswort ([a-z2-9-]{19})").Groups[1].Value;
        using var practice = app.Anonymous();
        using var signIn = await practice.SignInAsync(user, password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("\"mustChangePassword\":true", await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", "create")]
    [InlineData("admin", "create", "--user", "x y")]
    [InlineData("admin", "create", "--user", "chef", "--role", "Coordinator")]
    [InlineData("admin", "create", "--user", "foerderer", "--role", "Reporting")]
    [InlineData("admin", "create", "--user", "chef", "--role", "DataProtectionOfficer", "--network", "heres-healthy")]
    [InlineData("admin", "import", "practices")]
    [InlineData("admin", "import", "praxen", "praxen.csv", "--network", "heres-healthy")]
    [InlineData("audit", "prune")]
    public async Task Wrong_usage_exits_2(params string[] args)
    {
        Assert.Equal(2, (await RunAsync(args, Password)).ExitCode);
    }

    [Fact]
    public async Task Arguments_that_name_no_command_start_the_web_app()
    {
        Assert.Null(await HeresCli.RunAsync(["--urls=http://localhost:5080"], new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, _ => null)));
    }

    private static string[] On(string connectionString) =>
        ["--environment=Production", "--Storage:Provider=Sqlite", $"--ConnectionStrings:Sqlite={connectionString}"];

    private static string NewUserName() => $"admin-{Guid.NewGuid():N}"[..20];

    /// <summary>
    /// A network nobody else uses: the CLI's own silo writes the app's SQLite file beside the app, whose active demo
    /// network grain would not see the change until its next write (other tests compare the demo network's set-up).
    /// </summary>
    private static string OwnNetwork() => $"cli-{Guid.NewGuid():N}"[..20];

    private static async Task<(int? ExitCode, string Out, string Error)> RunAsync(string[] args, string input = "", string? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(new StringReader(input), output, error, name => name == "HERES_ADMIN_PASSWORD" ? environment : null);
        var exitCode = await HeresCli.RunAsync(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }
}
