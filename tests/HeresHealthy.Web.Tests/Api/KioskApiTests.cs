using System.Net;
using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>
/// The Familienkiosk's API: today (GET /api/kiosk/today) and the next seven days (GET /api/kiosk/week) of appointments,
/// with the display name the Lotsin chose and without health details; workshops that have begun take no registration;
/// a registration is undone by a command of its own. Run on SQLite here and on PostgreSQL in <see cref="PostgresKioskApiTests"/>.
/// </summary>
public class KioskApiTests(WebApp app)
{
    [Fact]
    public async Task The_kiosk_sees_todays_appointment_with_the_display_name_but_no_needs_and_no_family_data()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var form = Referral.Form();
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin1, form);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/appointments", new { at = DateTimeOffset.UtcNow, place = "Familienkiosk Herne", atKiosk = true });
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/display-name", new { displayName = "Familie Ö." });

        var reference = (await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}")).Reference;
        Assert.Matches(@"^HH-\d{4}-\d{4}$", reference);
        var text = "";
        await Eventually.HoldsAsync(
            async () => Json.Parse<List<KioskAppointment>>(text = await kiosk.GetTextAsync("/api/kiosk/today")).Any(a => a.CaseReference == reference),
            "the new appointment on the kiosk's day, named by the case's reference");
        var appointment = Json.Parse<List<KioskAppointment>>(text).Single(a => a.CaseReference == reference);
        Assert.Equal("Familie Ö.", appointment.DisplayName);
        Assert.Equal(await lotsin.NameAsync(), appointment.LotsinName);
        using var document = JsonDocument.Parse(text);
        var names = document.RootElement.EnumerateArray().SelectMany(a => a.EnumerateObject()).Select(p => p.Name).Distinct().Order();
        Assert.Equal(["appointmentId", "at", "caseReference", "displayName", "lotsinName"], names);
        Assert.DoesNotContain(caseId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.GuardianName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ChildFirstName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("0176", text, StringComparison.Ordinal);
        Assert.DoesNotContain("needs", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("family", text, StringComparison.OrdinalIgnoreCase);
        await CloseAsync(lotsin, caseId);
    }

    [Fact]
    public async Task The_week_has_seven_days_from_today_and_a_closed_cases_appointment_leaves_it_live()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        await using var live = await app.ConnectLiveAsync(kiosk);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin1);
        var at = DateTimeOffset.UtcNow.AddDays(2);
        var name = $"Familie {Guid.NewGuid():N}"[..20];
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/display-name", new { displayName = name });
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/appointments", new { at, place = "Familienkiosk Herne", atKiosk = true });

        var named = await live.WaitForAsync(p => p.Topic == "kiosk" && p.ViewText.Contains(name, StringComparison.Ordinal), "the kiosk's push of the named appointment");
        var week = await kiosk.GetJsonAsync<List<KioskDay>>("/api/kiosk/week");
        var today = GermanTime.DateOf(DateTimeOffset.UtcNow);
        Assert.Equal([.. Enumerable.Range(0, 7).Select(today.AddDays)], week.Select(d => d.Day));
        Assert.Contains(week.Single(d => d.Day == GermanTime.DateOf(at)).Appointments, a => a.DisplayName == name);

        await CloseAsync(lotsin, caseId);

        var closed = await live.WaitForAsync(
            p => p.Topic == "kiosk" && p.Position > named.Position && !p.ViewText.Contains(name, StringComparison.Ordinal), "the kiosk's push without the closed case");
        Assert.DoesNotContain(name, await kiosk.GetTextAsync("/api/kiosk/week"), StringComparison.Ordinal);
        Assert.Equal(7, closed.View.GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Familie mit einem viel zu langen Anzeigenamen")]
    public async Task A_missing_or_too_long_display_name_is_refused_naming_the_field_and_changes_nothing(string displayName)
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin1);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/display-name", new { displayName = "Familie K." });
        var before = await lotsin.GetTextAsync($"/api/lotsin/cases/{caseId}");

        using var response = await lotsin.CommandAsync($"/api/lotsin/cases/{caseId}/display-name", new { displayName });

        var problem = await Problem.InvalidAsync(response, "displayName");
        Assert.Contains(displayName.Length == 0 ? "leer" : "40 Zeichen", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await lotsin.GetTextAsync($"/api/lotsin/cases/{caseId}"));
        Assert.Equal("Familie K.", (await lotsin.GetJsonAsync<LotsinCaseView>($"/api/lotsin/cases/{caseId}")).DisplayName);
        await CloseAsync(lotsin, caseId);
    }

    [Fact]
    public async Task A_workshop_that_has_begun_refuses_a_registration_naming_its_state_and_keeps_its_count()
    {
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var workshop = await ScheduleAsync(DateTimeOffset.UtcNow.AddMinutes(-5));

        using var response = await kiosk.CommandAsync($"/api/kiosk/workshops/{workshop.Id}/registrations");

        var problem = await Problem.ConflictAsync(response, "Past");
        Assert.Contains("begonnen (vergangen); Anmeldungen sind nicht mehr möglich", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await RegistrationsAsync(workshop));
    }

    [Fact]
    public async Task A_registration_is_undone_by_a_command_of_its_own_once_however_often_it_is_sent()
    {
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var workshop = await ScheduleAsync(DateTimeOffset.UtcNow.AddHours(2));
        using var registered = await kiosk.CommandAsync($"/api/kiosk/workshops/{workshop.Id}/registrations");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(1, await RegistrationsAsync(workshop));

        var undo = ApiClient.NewCommandId();
        using var first = await kiosk.CommandAsync($"/api/kiosk/workshops/{workshop.Id}/cancellations", commandId: undo);
        using var again = await kiosk.CommandAsync($"/api/kiosk/workshops/{workshop.Id}/cancellations", commandId: undo);
        using var nothingLeft = await kiosk.CommandAsync($"/api/kiosk/workshops/{workshop.Id}/cancellations");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Contains("\"repeated\":true", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await Problem.ConflictAsync(nothingLeft, "Empty");
        Assert.Equal(0, await RegistrationsAsync(workshop));
        using var noId = await kiosk.PostAsync($"/api/kiosk/workshops/{workshop.Id}/cancellations", new { });
        await Problem.InvalidAsync(noId, "commandId");
    }

    /// <summary>Closes the case, so that it no longer counts against the Lotsin's capacity.</summary>
    private static Task<CommandAnswer> CloseAsync(ApiClient lotsin, string caseId) =>
        lotsin.MustAsync($"/api/lotsin/cases/{caseId}/closing", new { outcome = CaseOutcome.GoalsReached, feedback = "Familie ist gut angebunden." });

    private async Task<Workshop> ScheduleAsync(DateTimeOffset at)
    {
        var workshop = WorkshopPlans.At($"w-{Guid.NewGuid():N}", "Elternwerkstatt: Test", at, 5);
        var kiosk = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IKioskGrain>(DemoNetwork.Network);
        Assert.True((await kiosk.ScheduleWorkshopAsync(Guid.NewGuid().ToString("N"), workshop)).Accepted);
        return workshop;
    }

    private async Task<int> RegistrationsAsync(Workshop workshop) =>
        (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IKioskGrain>(DemoNetwork.Network).GetDayAsync(GermanTime.DateOf(workshop.At)))
            .Single(w => w.Id == workshop.Id).Registrations;
}

/// <summary>The kiosk's API against the app on PostgreSQL.</summary>
public sealed class PostgresKioskApiTests(PostgresQuietApp app) : KioskApiTests(app), IClassFixture<PostgresQuietApp>;
