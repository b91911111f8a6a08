using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Reports;

/// <summary>GET /api/reports and its CSV: protected cells for the coordinator and the reporting role, German 400s.</summary>
public class ReportApiTests(WebApp app)
{
    /// <summary>A district no other test refers to, so that its row counts this test's referrals only.</summary>
    private const string Municipality = "Datteln";
    private const string District = "Ahsen";

    private static string ThisMonth => GermanTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Five_referrals_in_a_district_show_as_five_for_the_reporting_role_and_the_coordinator()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        for (var i = 0; i < 5; i++)
        {
            var form = Referral.Form();
            form["municipality"] = Municipality;
            form["district"] = District;
            await practice.ReferAsync(form);
        }

        foreach (var account in new[] { DemoUsers.Reporting, DemoUsers.Coordinator })
        {
            using var reader = await app.SignInAsync(account);
            using var report = JsonDocument.Parse(await reader.GetTextAsync($"/api/reports?period={ThisMonth}&by=district"));
            var row = report.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == $"{District} ({Municipality})");
            Assert.Equal(5, row.GetProperty("referrals").GetInt32());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("medianMinutesToAssignment").ValueKind); // fewer than ten measured
            Assert.Equal("District", report.RootElement.GetProperty("by").GetString());
        }
    }

    [Theory]
    [InlineData("period=2026-11-03&by=district", "period")]
    [InlineData("period=2026-W45", "period")]
    [InlineData("by=district", "period")]
    [InlineData("period=2026&by=age", "by")]
    [InlineData("period=2026&by=1", "by")]
    public async Task A_period_finer_than_a_month_or_an_unknown_breakdown_is_refused_naming_the_field_in_German(string query, string field)
    {
        using var reporting = await app.SignInAsync(DemoUsers.Reporting);

        using var response = await reporting.GetAsync($"/api/reports?{query}");

        var problem = await Problem.InvalidAsync(response, field);
        Assert.Equal("Eingabe ungültig", problem.Title);
        Assert.Contains(field == "period" ? "Zeitraum" : "Aufschlüsseln", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_is_UTF8_with_BOM_semicolon_separated_with_German_headers_and_the_total_last()
    {
        using var reporting = await app.SignInAsync(DemoUsers.Reporting);

        using var response = await reporting.GetAsync($"/api/reports/csv?period={ThisMonth}&by=need");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Bedarf;Zeitraum;Vermittlungen;Familien erreicht;Anteil erreicht (%);Median Minuten bis Übernahme;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"Gesamt;{ThisMonth};", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("Sprache;", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Equal(lines[0].Count(c => c == ';'), line.Count(c => c == ';')));
    }

    [Theory]
    [InlineData(DemoUsers.ReferringPractice)]
    [InlineData("lotsin2")]
    [InlineData(DemoUsers.Kiosk)]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.DataProtectionOfficer)]
    public async Task Reports_are_refused_with_403_to_every_role_but_coordinator_and_reporting(string account)
    {
        using var client = await app.SignInAsync(account);

        using var json = await client.GetAsync("/api/reports?period=2026&by=municipality");
        using var csv = await client.GetAsync("/api/reports/csv?period=2026&by=municipality");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (json.StatusCode, csv.StatusCode));
    }
}
