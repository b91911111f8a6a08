using System.Net;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace HeresHealthy.Web.Tests.Audit;

/// <summary>Every read and change of a case leaves an audit row (references only) that the data-protection officer reads.</summary>
public sealed class AuditTrailTests(WebApp app)
{
    [Fact]
    public async Task A_practice_referring_and_reading_its_case_leaves_rows_with_actor_action_and_case()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var caseId = await practice.ReferAsync(Referral.Form());

        await practice.GetTextAsync($"/api/referrals/{caseId}");

        var rows = await officer.OfCaseAsync(caseId);
        rows.HasRow("Practice:praxis01", "POST /api/referrals/");
        rows.HasRow("Practice:praxis01", "GET /api/referrals/{caseId}");
        Assert.All(rows, r => Assert.Equal(caseId, r.CaseId));
    }

    [Fact]
    public async Task Commands_of_the_coordinator_and_the_Lotsin_leave_rows_naming_them()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);

        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin3);

        var rows = await officer.OfCaseAsync(caseId);
        rows.HasRow("Coordinator:koordination", "POST /api/board/cases/{caseId}/assignment");
        rows.HasRow("Lotsin:lotsin3", "POST /api/lotsin/cases/{caseId}/acceptance");
        using var navigator = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        await navigator.CloseAsync(caseId);
    }

    [Fact]
    public async Task List_endpoints_leave_a_row_for_every_case_they_return()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var navigator = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin3);

        var listed = await practice.GetJsonAsync<List<PracticeCaseView>>("/api/referrals");
        await navigator.ListedForLotsinAsync(caseId, _ => true, "listed");

        Assert.Contains(listed, v => v.CaseId == caseId);
        var rows = await officer.OfCaseAsync(caseId);
        rows.HasRow("Practice:praxis01", "GET /api/referrals/");
        rows.HasRow("Lotsin:lotsin3", "GET /api/lotsin/cases");
        var other = listed.First(v => v.CaseId != caseId).CaseId;
        (await officer.OfCaseAsync(other)).HasRow("Practice:praxis01", "GET /api/referrals/");
        await navigator.CloseAsync(caseId);
    }

    [Fact]
    public async Task Refused_requests_are_recorded_with_their_status()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var stranger = await app.SignInAsync(DemoUsers.OtherPractice);
        using var navigator = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        var caseId = await practice.ReferAsync(Referral.Form());

        using var notFound = await stranger.GetAsync($"/api/referrals/{caseId}");
        using var forbidden = await navigator.GetAsync($"/api/referrals/{caseId}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (notFound.StatusCode, forbidden.StatusCode));
        var rows = await officer.OfCaseAsync(caseId);
        rows.HasRow("Practice:praxis02", "GET /api/referrals/{caseId}", 404);
        rows.HasRow("Lotsin:lotsin2", "GET /api/referrals/{caseId}", 403);
    }

    [Fact]
    public async Task A_catch_up_on_the_hub_and_the_live_pushes_are_recorded_with_their_cases()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        await using var live = await app.ConnectLiveAsync(practice);
        var before = (await practice.GetJsonAsync<System.Text.Json.JsonElement>("/api/live/position")).GetProperty("position").GetInt64();
        var caseId = await practice.ReferAsync(Referral.Form());
        await live.WaitForAsync(p => p.CaseId == caseId, "the referral's push");

        var missed = await live.CatchUpAsync(before);

        Assert.Contains(missed, p => p.CaseId == caseId);
        var rows = await officer.OfCaseAsync(caseId);
        rows.HasRow("Practice:praxis03", "hub LiveHub.CatchUp");
        await Eventually.HoldsAsync(
            async () => (await officer.OfCaseAsync(caseId)).Any(r => r.Actor == "practice:praxis-03" && r.Action == "push case"),
            "a push row for the practice's group");
    }

    [Fact]
    public async Task Only_the_data_protection_officer_reads_the_audit_trail()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var account in new[] { DemoUsers.ReferringPractice, DemoUsers.Lotsin2.UserName, DemoUsers.Coordinator, DemoUsers.Kiosk, DemoUsers.Admin })
        {
            using var user = await app.SignInAsync(account);
            using var list = await user.GetAsync("/api/audit");
            using var verification = await user.GetAsync("/api/audit/verification");
            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, verification.StatusCode));
        }

        using var anonymous = app.Anonymous();
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        using var unknown = await anonymous.GetAsync("/api/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var refused = await officer.OfActorAsync("Admin:admin", start);
        refused.HasRow("Admin:admin", "GET /api/audit/", 403);
        Assert.True((await officer.GetJsonAsync<AuditVerification>("/api/audit/verification")).Ok);
    }

    [Fact]
    public async Task The_data_protection_officer_sees_no_case_content()
    {
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);

        foreach (var path in new[] { $"/api/referrals/{DemoUsers.ReferredDemoCase}", "/api/referrals", "/api/lotsin/cases", "/api/board", $"/api/board/cases/{DemoUsers.ReferredDemoCase}", "/api/kiosk/today" })
        {
            using var response = await officer.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} answered {(int)response.StatusCode} to the data-protection officer");
        }
    }

    [Fact]
    public async Task Audit_rows_hold_no_personal_data_of_the_family()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);
        await practice.GetTextAsync($"/api/referrals/{caseId}?name={Uri.EscapeDataString(form.GuardianName())}");

        var stored = await ReadAuditTableAsync();

        Assert.Contains(stored, row => row.Contains(caseId, StringComparison.Ordinal));
        foreach (var personal in new[] { form.GuardianName(), form.ChildFirstName(), "0176 5550123", "Hauptstraße", "erschöpft" })
        {
            Assert.DoesNotContain(stored, row => row.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<IReadOnlyList<string>> ReadAuditTableAsync()
    {
        await using var connection = new SqliteConnection(app.SqliteConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var select = new SqliteCommand("SELECT sequence || '|' || actor || '|' || action || '|' || coalesce(case_id, '') || '|' || status FROM audit_trail", connection);
        await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
