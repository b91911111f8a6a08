using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The kiosk staff's planning of the parent workshops: plan one with the form; register families by name with consent
/// until it is full, then on the waiting list; a cancellation moves the first waiting family up, live; after a
/// workshop, attendance is recorded and the names are gone.
/// </summary>
public sealed class WorkshopPlanningTests(BrowserApp app)
{
    [Fact]
    public async Task Kiosk_staff_plan_a_workshop_register_families_by_name_and_the_first_waiting_family_moves_up_live()
    {
        await using var kiosk = await app.SignInAsync("kiosk", Viewports.Phone);
        var page = kiosk.Page;
        await page.GotoAsync("/werkstaetten");
        await kiosk.WaitUntilLiveAsync();
        var title = $"Elternwerkstatt Plan {Random.Shared.Next(1000, 9999)}";

        await page.GetByLabel("Thema").FillAsync(title);
        await page.GetByLabel("Datum").FillAsync(GermanTime.Today(TimeProvider.System).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Uhrzeit").FillAsync("16:00");
        await page.GetByLabel("Plätze").FillAsync("1");
        await page.GetByLabel("Leitung (Name)").FillAsync("Sabine Krämer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planen", Exact = true }).ClickAsync();

        var card = page.Locator("#werkstaetten article").Filter(new() { HasText = title });
        await Expect(card).ToContainTextAsync("0 von 1 Plätzen belegt · 1 frei");
        await RegisterAsync(card, "Familie Aydın", consent: false);
        await Expect(card.Locator("[data-api-error]")).ToContainTextAsync("Einwilligung");
        await RegisterAsync(card, "Familie Aydın", consent: true);
        await Expect(card.Locator("ul[data-list='angemeldet']")).ToContainTextAsync("Familie Aydın");
        await RegisterAsync(card, "Familie Berg", consent: true);
        await Expect(card.Locator("ol[data-list='warteliste']")).ToContainTextAsync("1. Familie Berg");
        await Expect(card).ToContainTextAsync("Warteliste: 1");

        await card.Locator("ul[data-list='angemeldet'] li").Filter(new() { HasText = "Familie Aydın" })
            .GetByRole(AriaRole.Button, new() { Name = "Anmeldung zurücknehmen" }).ClickAsync();

        await Expect(card.Locator("ul[data-list='angemeldet'] li")).ToContainTextAsync("Familie Bergnachgerückt");
        await Expect(card.Locator("ol[data-list='warteliste']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task After_the_workshop_attendance_is_recorded_and_only_counts_remain()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(4);
        var workshop = WorkshopPlans.At($"test-{Guid.NewGuid():N}", $"Elternwerkstatt Teilnahme {Random.Shared.Next(1000, 9999)}", at, 3);
        var grain = app.Grains.GetGrain<IKioskGrain>(DemoNetwork.Network);
        Assert.True((await grain.ScheduleWorkshopAsync(Guid.NewGuid().ToString("N"), workshop)).Accepted);
        Assert.True((await grain.RegisterFamilyAsync(Guid.NewGuid().ToString("N"), workshop.Id, new FamilyRegistration("Familie Nowak", null, true))).Accepted);
        await Task.Delay(at - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        await using var kiosk = await app.SignInAsync("kiosk");
        var page = kiosk.Page;
        await page.GotoAsync("/werkstaetten");
        var card = page.Locator($"#werkstaetten article[data-workshop-id='{workshop.Id}']");

        await card.GetByText("Teilnahme erfassen", new() { Exact = true }).ClickAsync();
        await card.GetByLabel("teilgenommen").CheckAsync();
        await card.GetByLabel("Weitere Teilnehmende ohne Namen (Zahl der Familien)").FillAsync("2");
        await card.GetByRole(AriaRole.Button, new() { Name = "Teilnahme eintragen" }).ClickAsync();

        await Expect(card).ToContainTextAsync("Teilnahme eingetragen: 3 Familien teilgenommen, 0 angemeldete nicht gekommen (von 1 angemeldet). Namen gelöscht.");
        await Expect(card).Not.ToContainTextAsync("Familie Nowak");
    }

    [Fact]
    public async Task A_family_half_typed_into_a_workshop_stays_while_another_registration_is_pushed()
    {
        var workshop = WorkshopPlans.At($"test-{Guid.NewGuid():N}", $"Elternwerkstatt Entwurf {Random.Shared.Next(1000, 9999)}", DateTimeOffset.UtcNow.AddDays(3), 5);
        var grain = app.Grains.GetGrain<IKioskGrain>(DemoNetwork.Network);
        Assert.True((await grain.ScheduleWorkshopAsync(Guid.NewGuid().ToString("N"), workshop)).Accepted);
        await using var kiosk = await app.SignInAsync("kiosk", Viewports.Phone);
        var page = kiosk.Page;
        await page.GotoAsync("/werkstaetten");
        await kiosk.WaitUntilLiveAsync();
        var card = page.Locator($"#werkstaetten article[data-workshop-id='{workshop.Id}']");
        var consent = card.GetByLabel("Einwilligung zur Speicherung bis nach der Werkstatt");
        var name = card.GetByLabel("Name der Familie");
        await card.GetByText("Familie mit Namen anmelden", new() { Exact = true }).ClickAsync();
        await consent.CheckAsync();
        await name.FillAsync("Familie Çelik");

        Assert.True((await grain.RegisterFamilyAsync(Guid.NewGuid().ToString("N"), workshop.Id, new FamilyRegistration("Familie Nowak", null, true))).Accepted);

        await Expect(card.Locator("ul[data-list='angemeldet']")).ToContainTextAsync("Familie Nowak");
        await Expect(name).ToHaveValueAsync("Familie Çelik");
        await Expect(consent).ToBeCheckedAsync();
        await Expect(name).ToBeFocusedAsync();
        await card.Locator("form.workshop-register button[type=submit]").ClickAsync();
        await Expect(card.Locator("ul[data-list='angemeldet']")).ToContainTextAsync("Familie Çelik");
        await Expect(name).ToHaveValueAsync("");
        await Expect(consent).Not.ToBeCheckedAsync();
    }

    /// <summary>Opens the card's form for a family by name (it stays open while the list is renewed) and sends it.</summary>
    private static async Task RegisterAsync(ILocator card, string name, bool consent)
    {
        var form = card.Locator("details[id$='-anmelden']");
        if (await form.GetAttributeAsync("open") is null)
        {
            await form.Locator("summary").ClickAsync();
        }

        await card.GetByLabel("Name der Familie").FillAsync(name);
        await card.GetByLabel("Einwilligung zur Speicherung bis nach der Werkstatt").SetCheckedAsync(consent);
        await card.Locator("form.workshop-register button[type=submit]").ClickAsync();
    }
}
