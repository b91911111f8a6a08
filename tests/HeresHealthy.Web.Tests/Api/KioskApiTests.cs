using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>The Familienkiosk's day (GET /api/kiosk/today): appointments without health details.</summary>
public sealed class KioskApiTests(WebApp app)
{
    [Fact]
    public async Task The_kiosk_sees_todays_appointment_but_no_needs_and_no_family_data()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);
        using (var coordinator = await app.SignInAsync(DemoUsers.Coordinator))
        {
            await coordinator.AssignAsync(caseId, DemoUsers.Lotsin1);
        }

        await lotsin.AcceptAsync(caseId);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/appointments", new { at = DateTimeOffset.UtcNow, place = "Familienkiosk Herne", atKiosk = true });

        var reference = (await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}")).Reference;
        Assert.Matches(@"^HH-\d{4}-\d{4}$", reference);
        var text = "";
        await Eventually.HoldsAsync(
            async () => Json.Parse<List<KioskAppointment>>(text = await kiosk.GetTextAsync("/api/kiosk/today")).Any(a => a.CaseReference == reference),
            "the new appointment on the kiosk's day, named by the case's reference");
        var appointment = Json.Parse<List<KioskAppointment>>(text).Single(a => a.CaseReference == reference);
        Assert.Equal(await lotsin.NameAsync(), appointment.LotsinName);
        using var document = JsonDocument.Parse(text);
        var names = document.RootElement.EnumerateArray().SelectMany(a => a.EnumerateObject()).Select(p => p.Name).Distinct().Order();
        Assert.Equal(["appointmentId", "at", "caseReference", "lotsinName"], names);
        Assert.DoesNotContain(form.GuardianName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ChildFirstName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("0176", text, StringComparison.Ordinal);
        Assert.DoesNotContain("needs", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("family", text, StringComparison.OrdinalIgnoreCase);
    }
}
