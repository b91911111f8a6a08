using System.Globalization;
using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The Familienkiosk's week as its staff see it: seven days under German day names; a family under the name its Lotsin
/// chose in the case's detail, live, gone once the case is closed; registrations for a workshop taken and undone with a
/// click, live; a workshop that has begun takes none. lotsin6 is the Lotsin, so that other scenarios' offers stay apart.
/// </summary>
public sealed class KioskWeekTests(BrowserApp app)
{
    private const int Lotsin = 6;
    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task The_week_shows_seven_days_under_German_day_names_from_today()
    {
        await using var kiosk = await app.SignInAsync("kiosk", Viewports.Phone);
        var days = kiosk.Page.Locator("#woche > section");

        await Expect(days).ToHaveCountAsync(7);
        var today = GermanTime.Today(TimeProvider.System);
        await Expect(days.Nth(0).Locator("h2")).ToHaveTextAsync($"Heute, {today.ToString("dddd, d. MMMM", _german)}");
        await Expect(days.Nth(1).Locator("h2")).ToHaveTextAsync($"Morgen, {today.AddDays(1).ToString("dddd, d. MMMM", _german)}");
        await Expect(days.Nth(6).Locator("h2")).ToHaveTextAsync(today.AddDays(6).ToString("dddd, d. MMMM", _german));
    }

    [Fact]
    public async Task The_Lotsin_names_the_family_and_the_kiosk_greets_it_by_that_name_live_until_the_case_is_closed()
    {
        using var practice = await app.ApiAsync("praxis03");
        using var coordinator = await app.ApiAsync("koordination");
        using var lotsinApi = await app.ApiAsync($"lotsin{Lotsin}");
        var referral = Referral.New();
        var caseId = await referral.SubmitThroughApiAsync(practice);
        await Board.AssignThroughApiAsync(coordinator, caseId, Lotsin, "AgreedWithLotsin");
        await SendAsync(lotsinApi, caseId, "acceptance", new { });
        var tomorrow = GermanTime.Today(TimeProvider.System).AddDays(1);
        await SendAsync(lotsinApi, caseId, "appointments", new { at = GermanTime.At(tomorrow, new TimeOnly(11, 0)), place = "Familienkiosk Herne", atKiosk = true });
        await using var kiosk = await app.SignInAsync("kiosk");
        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}", Viewports.Phone);
        await kiosk.WaitUntilLiveAsync();
        await kiosk.MarkPageAsync();
        var name = $"Familie {referral.ChildFirstName[..1]}. {Random.Shared.Next(100, 999)}";

        await referral.InCare(lotsin.Page).Locator("button.case-open").ClickAsync();
        await lotsin.Page.GetByText("Name für den Familienkiosk", new() { Exact = true }).ClickAsync();
        var field = lotsin.Page.GetByLabel("Name, mit dem das Kiosk-Team die Familie begrüßt");
        await lotsin.Page.GetByRole(AriaRole.Button, new() { Name = "Namen speichern" }).ClickAsync();
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(lotsin.Page.Locator("#kn-name-fehler")).ToHaveTextAsync("Das Feld darf nicht leer sein.");
        await field.FillAsync(name);
        await lotsin.Page.GetByRole(AriaRole.Button, new() { Name = "Namen speichern" }).ClickAsync();

        await Expect(lotsin.Page.Locator("#detail-inhalt .facts")).ToContainTextAsync(name);
        var appointment = kiosk.Page.Locator($"#woche > section[data-day='{tomorrow:yyyy-MM-dd}'] li[data-appointment-id]").Filter(new() { HasText = name });
        await Expect(appointment).ToContainTextAsync("11:00 Uhr");
        await Expect(appointment).ToContainTextAsync(DemoLogin.LotsinName(Lotsin));
        await Expect(appointment).ToContainTextAsync(referral.Reference); // the kiosk team can name the case to the Lotsin

        await SendAsync(lotsinApi, caseId, "closing", new { outcome = "GoalsReached", feedback = "Familie ist gut angebunden." });
        await Expect(appointment).ToHaveCountAsync(0);
        await kiosk.AssertNotReloadedAsync();
    }

    [Fact]
    public async Task A_family_is_registered_for_a_workshop_and_the_registration_undone_with_a_click_and_a_workshop_that_has_begun_takes_none()
    {
        var today = GermanTime.Today(TimeProvider.System);
        var open = await ScheduleAsync(GermanTime.At(today.AddDays(2), new TimeOnly(16, 0)));
        var begun = await ScheduleAsync(GermanTime.At(today, new TimeOnly(0, 0)));
        await using var kiosk = await app.SignInAsync("kiosk", Viewports.Phone);
        await kiosk.WaitUntilLiveAsync();
        await kiosk.MarkPageAsync();
        var item = kiosk.Page.Locator($"li[data-workshop-id='{open.Id}']");

        await item.GetByRole(AriaRole.Button, new() { Name = "Familie anmelden" }).ClickAsync();
        await Expect(item).ToContainTextAsync("1 von 3 Plätzen belegt");
        await item.GetByRole(AriaRole.Button, new() { Name = "Anmeldung zurücknehmen" }).ClickAsync();
        await Expect(item).ToContainTextAsync("0 von 3 Plätzen belegt");
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "Anmeldung zurücknehmen" })).ToBeDisabledAsync();

        var past = kiosk.Page.Locator($"#woche > section[data-day='{today:yyyy-MM-dd}'] li[data-workshop-id='{begun.Id}']");
        await Expect(past).ToContainTextAsync("Hat begonnen: keine Anmeldungen mehr");
        await Expect(past.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await kiosk.AssertNotReloadedAsync();
    }

    [Fact]
    public async Task A_registration_the_server_refuses_because_the_workshop_has_begun_is_explained_in_German()
    {
        var begun = await ScheduleAsync(GermanTime.At(GermanTime.Today(TimeProvider.System), new TimeOnly(0, 0)));
        await using var kiosk = await app.SignInAsync("kiosk", Viewports.Phone);
        await kiosk.Page.Clock.SetFixedTimeAsync(begun.At.UtcDateTime.AddHours(-1)); // the page's clock is behind: it still offers the workshop
        await kiosk.Page.ReloadAsync();
        var item = kiosk.Page.Locator($"li[data-workshop-id='{begun.Id}']");

        await item.GetByRole(AriaRole.Button, new() { Name = "Familie anmelden" }).ClickAsync();

        var alarm = kiosk.Page.Locator("#alarm");
        await Expect(alarm).ToContainTextAsync($"Die Elternwerkstatt „{begun.Title}“ hat am");
        await Expect(alarm).ToContainTextAsync("Anmeldungen sind nicht mehr möglich. Aktueller Stand: Die Elternwerkstatt hat begonnen.");
        await Expect(item).ToContainTextAsync("0 von 3 Plätzen belegt");
    }

    private async Task<Workshop> ScheduleAsync(DateTimeOffset at)
    {
        var workshop = WorkshopPlans.At($"test-{Guid.NewGuid():N}", $"Elternwerkstatt Test {Random.Shared.Next(1000, 9999)}", at, 3);
        var result = await app.Grains.GetGrain<IKioskGrain>(DemoNetwork.Network).ScheduleWorkshopAsync(Guid.NewGuid().ToString("N"), workshop);
        Assert.True(result.Accepted, result.Refusal?.Message);
        return workshop;
    }

    private static async Task SendAsync(HttpClient lotsin, string caseId, string tail, object fields)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["commandId"] = Guid.NewGuid().ToString();
        using var response = await lotsin.PostAsJsonAsync($"/api/lotsin/cases/{caseId}/{tail}", body, TestContext.Current.CancellationToken);
        await Referral.Ensure(response, tail);
    }
}
