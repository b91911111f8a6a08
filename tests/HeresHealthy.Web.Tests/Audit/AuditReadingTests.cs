using System.Globalization;
using System.Net;
using System.Text;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Tests.Attacks;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Audit;

/// <summary>
/// The audit trail as the data-protection officer reads it: who (the person's name and login), what (a German
/// sentence, never a route) and the outcome; filtered by person and time; exported as CSV for German Excel that no
/// cell can turn into a formula. Run on SQLite here and on PostgreSQL in <see cref="PostgresAuditReadingTests"/>.
/// </summary>
public class AuditReadingTests(WebApp app)
{
    [Fact]
    public async Task Every_API_route_has_a_German_sentence_for_the_audit_trail()
    {
        var missing = (await ProbedEndpoint.AllAsync(app.Services)).Select(e => e.ToString()).Where(action => !AuditWording.Knows(action)).ToList();

        Assert.True(missing.Count == 0, $"Without a sentence in AuditWording: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task An_entry_names_the_person_the_action_in_a_German_sentence_the_case_and_the_outcome()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var caseId = await practice.ReferAsync(Referral.Form());
        var name = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(DemoUsers.ReferringPractice).GetAsync())!.DisplayName;

        var referred = (await officer.OfCaseAsync(caseId)).Single(r => r.Action == "POST /api/referrals/");

        Assert.Equal($"{name} ({DemoUsers.ReferringPractice}, Praxis)", referred.Who);
        Assert.Equal("Hat eine Familie vermittelt (neuer Fall).", referred.What);
        Assert.Equal((caseId, "erfolgreich"), (referred.CaseId, referred.Outcome));
        Assert.Matches("^[0-9a-f]{64}$", referred.Hash); // the DPO copies the latest hash elsewhere (docs/data-protection.md)
    }

    [Fact]
    public async Task The_person_filter_takes_a_login_and_the_time_filter_a_range_and_a_range_that_ends_before_it_starts_is_refused()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await practice.ReferAsync(Referral.Form());
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var entries = await officer.OfActorAsync(DemoUsers.ReferringPractice, before, $"&to={Uri.EscapeDataString(after.ToString("O"))}");

        Assert.Contains(entries, r => r.Action == "POST /api/referrals/");
        Assert.All(entries, r => Assert.Equal($"Practice:{DemoUsers.ReferringPractice}", r.Actor));
        Assert.All(entries, r => Assert.InRange(r.Time, before, after));
        var reversed = $"from={Uri.EscapeDataString(after.ToString("O"))}&to={Uri.EscapeDataString(before.ToString("O"))}";
        using var refused = await officer.GetAsync($"/api/audit?{reversed}");
        await Problem.InvalidAsync(refused, "to");
        using var refusedExport = await officer.GetAsync($"/api/audit/export?{reversed}");
        await Problem.InvalidAsync(refusedExport, "to");
    }

    [Theory]
    [InlineData("/api/audit?from=gestern", "from")]
    [InlineData("/api/audit?to=2026-13-45", "to")]
    [InlineData("/api/audit?before=abc", "before")]
    [InlineData("/api/audit?limit=-5", "limit")]
    [InlineData("/api/audit?limit=0", "limit")]
    [InlineData("/api/audit?limit=99999999999", "limit")]
    [InlineData("/api/audit/export?from=morgen", "from")]
    public async Task A_filter_value_that_is_no_date_or_number_in_range_is_a_400_naming_it(string path, string field)
    {
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);

        using var response = await officer.GetAsync(path);

        await Problem.InvalidAsync(response, field);
    }

    [Fact]
    public async Task The_export_is_a_semicolon_separated_UTF8_file_with_BOM_of_the_filtered_entries()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var caseId = await practice.ReferAsync(Referral.Form());
        await practice.GetTextAsync($"/api/referrals/{caseId}");
        var listed = await officer.OfCaseAsync(caseId);

        using var response = await officer.GetAsync($"/api/audit/export?caseId={caseId}");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nr.;Zeit;Wer;Was;Fall;Ergebnis", rows[0]);
        // Rows after the listing may follow (a coordinator's live board push of this case, written with a later request).
        var exported = rows[1..].Select(row => long.Parse(row.Split(';')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(listed.Select(l => l.Sequence).Order(), exported.Where(n => n <= listed.Max(l => l.Sequence)).Order());
        Assert.All(rows[1..], row => Assert.EndsWith($";{caseId};erfolgreich", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(";Hat eine Vermittlung gelesen.;", StringComparison.Ordinal));
        Assert.Matches(@"^\d+;\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2};", rows[1]);
    }

    [Fact]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text()
    {
        var login = $"formel{Guid.NewGuid():N}"[..16];
        const string password = "Ein-langes-Testpasswort-1";
        var account = new AccountProfile(login, "=HYPERLINK(\"http://boese.example\";\"klick\")", ActorRole.DataProtectionOfficer, login, DemoNetwork.Network);
        Assert.True((await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(login).SetAsync(account, password)).Accepted);
        using var officer = app.Anonymous();
        using (var signedIn = await officer.SignInAsync(login, password))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        await officer.GetTextAsync("/api/audit/verification");
        var csv = await officer.GetTextAsync($"/api/audit/export?actor={login}");

        var row = csv.Split("\r\n").First(r => r.Contains("Hash-Kette", StringComparison.Ordinal));
        Assert.Contains(";\"'=HYPERLINK(\"\"http://boese.example\"\";\"\"klick\"\") (", row, StringComparison.Ordinal);
        Assert.DoesNotContain(";=", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 2323", "'+49 2323")]
    [InlineData("-3", "'-3")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("sagt \"ja\"", "\"sagt \"\"ja\"\"\"")]
    [InlineData("Hat einen Fall gelesen.", "Hat einen Fall gelesen.")]
    public void A_cell_is_defused_and_quoted_as_German_Excel_needs(string value, string written) => Assert.Equal(written, AuditCsv.Cell(value));
}

/// <summary>The data-protection officer's reading and export against the app on PostgreSQL.</summary>
public sealed class PostgresAuditReadingTests(PostgresQuietApp app) : AuditReadingTests(app), IClassFixture<PostgresQuietApp>;
