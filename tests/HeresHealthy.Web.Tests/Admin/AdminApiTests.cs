using System.Net;
using System.Text.Json.Nodes;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Admin;

/// <summary>
/// The admin's set-up through /api/admin: every refusal a 400 naming the field and changing nothing, no other role
/// reaches it, a first password opens nothing but its change, disabling ends the sessions at once. Run on SQLite here
/// and on PostgreSQL in <see cref="PostgresAdminApiTests"/>.
/// </summary>
public class AdminApiTests(WebApp app)
{
    private const string First = "erstes-Passwort-1";

    private static string NewName(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..10]}";

    private async Task<(ApiClient Admin, string PracticeId)> PracticeAsync()
    {
        var admin = await app.SignInAsync(DemoUsers.Admin);
        using var saved = await admin.CommandAsync("/api/admin/practices", new { name = NewName("Praxis "), phone = "02323 123456", municipality = "Herne", district = "Wanne" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return (admin, JsonNode.Parse(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/admin/practices", """{"name":"","municipality":"Herne","district":"Wanne"}""", "name")]
    [InlineData("/api/admin/practices", """{"name":"Praxis","municipality":"Herne","district":"Altstadt"}""", "district")]
    [InlineData("/api/admin/practices", """{"name":"Praxis","municipality":"Bochum","district":"Mitte"}""", "municipality")]
    [InlineData("/api/admin/practices", """{"name":"Praxis\u0000","municipality":"Herne","district":"Wanne"}""", "$.name")]
    [InlineData("/api/admin/lotsinnen", """{"name":"Eva","organisation":"Caritas","languages":["de"],"districts":["Wanne"]}""", "capacity")]
    [InlineData("/api/admin/lotsinnen", """{"name":"Eva","organisation":"Caritas","capacity":5,"languages":["xx"],"districts":["Wanne"]}""", "languages")]
    [InlineData("/api/admin/accounts", """{"userName":"Neu Konto","displayName":"X","role":"Kiosk","firstPassword":"erstes-Passwort-1"}""", "userName")]
    [InlineData("/api/admin/accounts", """{"userName":"neukonto","displayName":"X","role":"Kiosk","firstPassword":"kurz"}""", "firstPassword")]
    [InlineData("/api/admin/accounts", """{"userName":"neukonto","displayName":"X","role":"Practice","entityId":"gibt-es-nicht","firstPassword":"erstes-Passwort-1"}""", "entityId")]
    [InlineData("/api/admin/accounts", """{"userName":"neukonto","displayName":"X","firstPassword":"erstes-Passwort-1"}""", "role")]
    [InlineData("/api/admin/places", """{"municipality":"Herne","district":"Wanne"}""", "district")]
    [InlineData("/api/admin/import/practices", """{"csv":""}""", "csv")]
    [InlineData("/api/admin/import/practices", """{"csv":"Name;Stadt;Stadtteil;Telefonnummer\nPraxis Zz;Marl;Hüls;02365 1\n"}""", "csv")]
    [InlineData("/api/admin/import/practices", """{"csv":"Name;Stadt;Stadtteil\nPraxis Zz; Dr. A;Marl;Hüls\n"}""", "csv")]
    [InlineData("/api/admin/import/lotsinnen", """{"csv":"Name;Träger;Kapazität;Sprache;Stadtteile\nEva;Caritas;5;Deutsch;Wanne\n"}""", "csv")]
    public async Task Bad_input_is_a_400_naming_the_field_and_changes_nothing(string path, string body, string field)
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var before = await admin.GetTextAsync("/api/admin/network");
        var json = JsonNode.Parse(body)!.AsObject();
        json["commandId"] = ApiClient.NewCommandId();

        using var response = await admin.PostTextAsync(path, json.ToJsonString());

        await Problem.InvalidAsync(response, field);
        Assert.Equal(before, await admin.GetTextAsync("/api/admin/network"));
    }

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.ReferringPractice)]
    [InlineData(DemoUsers.DataProtectionOfficer)]
    [InlineData(DemoUsers.Reporting)]
    public async Task No_other_role_reads_or_changes_the_set_up(string account)
    {
        using var user = await app.SignInAsync(account);

        using var read = await user.GetAsync("/api/admin/network");
        using var write = await user.CommandAsync("/api/admin/practices", new { name = "Praxis", municipality = "Herne", district = "Wanne" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, write.StatusCode));
    }

    [Fact]
    public async Task A_new_practice_account_opens_nothing_but_the_password_change_and_after_it_the_practices_page()
    {
        var (admin, practiceId) = await PracticeAsync();
        using var _ = admin;
        var user = NewName("praxis");
        await admin.MustAsync("/api/admin/accounts", new { userName = user, displayName = "Praxis", role = "Practice", entityId = practiceId, firstPassword = First });
        using var practice = app.Anonymous();
        using (var signIn = await practice.SignInAsync(user, First))
        {
            Assert.Contains("\"mustChangePassword\":true", await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/api/referrals", "/api/referrals/looks-like.a-file" })
        {
            using var gated = await practice.GetAsync(path);
            Assert.Equal("Passwort ändern", (await Problem.ReadAsync(gated, HttpStatusCode.Forbidden)).Title);
        }

        using (var weak = await practice.PostAsync("/api/session/password", new { currentPassword = First, newPassword = "kurz" }))
        {
            await Problem.InvalidAsync(weak, "newPassword");
        }

        using var changed = await practice.PostAsync("/api/session/password", new { currentPassword = First, newPassword = "eigenes-Passwort-2026" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        practice.UseAntiforgeryToken(JsonNode.Parse(await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["csrfToken"]!.GetValue<string>());
        using var list = await practice.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var setup = await admin.GetJsonAsync<NetworkSetup>("/api/admin/network");
        Assert.Contains(setup.Accounts, a => a.UserName == user && a.EntityId == practiceId && !a.MustChangePassword);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_once_and_a_reset_password_must_be_changed()
    {
        var (admin, practiceId) = await PracticeAsync();
        using var _ = admin;
        var user = NewName("praxis");
        await admin.MustAsync("/api/admin/accounts", new { userName = user, displayName = "Praxis", role = "Practice", entityId = practiceId, firstPassword = First });
        using var practice = app.Anonymous();
        (await practice.SignInAsync(user, First)).Dispose();
        (await practice.PostAsync("/api/session/password", new { currentPassword = First, newPassword = "eigenes-Passwort-2026" })).Dispose();
        using var cookieCopy = app.WithCookies(practice.CookieHeader);

        await admin.MustAsync($"/api/admin/accounts/{user}/disable");

        using (var afterDisable = await cookieCopy.GetAsync("/api/session"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, afterDisable.StatusCode);
        }

        using (var again = await app.Anonymous().SignInAsync(user, "eigenes-Passwort-2026"))
        {
            Assert.Equal("Konto gesperrt", (await Problem.ReadAsync(again, HttpStatusCode.Forbidden)).Title);
        }

        await admin.MustAsync($"/api/admin/accounts/{user}/enable");
        await admin.MustAsync($"/api/admin/accounts/{user}/password-reset", new { firstPassword = "neues-Erstpasswort-3" });
        using var reset = app.Anonymous();
        using var afterReset = await reset.SignInAsync(user, "neues-Passwort-nach-Reset");
        Assert.Equal(HttpStatusCode.Unauthorized, afterReset.StatusCode);
        using var withFirst = await reset.SignInAsync(user, "neues-Erstpasswort-3");
        Assert.Contains("\"home\":\"/passwort-aendern\"", await withFirst.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_dry_run_lists_every_rows_problem_and_the_import_adds_the_rows_once_with_their_accounts()
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var name = NewName("Praxis ");
        var user = NewName("import");
        var broken = $"Name;Anschrift;Telefon;Stadt;Stadtteil;Benutzername\n{name};Hauptstr. 3;02365 1234;Marl;Hüls;{user}\nOhne Ort;;;Bochum;Mitte;\n{name};;;Marl;Drewer;praxis01\n";
        var good = $"Name;Stadt;Stadtteil;Benutzername\n{name};Marl;Hüls;{user}\n";

        var dryRun = await admin.GetJsonAsync<JsonObject>("/api/admin/network");
        using var checkedFile = await admin.CommandAsync("/api/admin/import/practices", new { csv = broken, dryRun = true });
        var report = JsonNode.Parse(await checkedFile.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var afterDryRun = await admin.GetJsonAsync<JsonObject>("/api/admin/network");
        var commandId = ApiClient.NewCommandId();
        using var imported = await admin.CommandAsync("/api/admin/import/practices", new { csv = good, dryRun = false }, commandId);
        using var repeated = await admin.CommandAsync("/api/admin/import/practices", new { csv = good, dryRun = false }, commandId);

        Assert.Equal(2, report["invalid"]!.GetValue<int>());
        Assert.Equal(["stadt"], report["rows"]![1]!["problems"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["benutzername", "name"], report["rows"]![2]!["problems"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(dryRun.ToJsonString(), afterDryRun.ToJsonString());
        var row = JsonNode.Parse(await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["rows"]![0]!;
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", row["firstPassword"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        var setup = await admin.GetJsonAsync<NetworkSetup>("/api/admin/network");
        Assert.Single(setup.Practices, p => p.Name == name);
        using var practice = app.Anonymous();
        using var signIn = await practice.SignInAsync(user, row["firstPassword"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
