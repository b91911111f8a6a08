using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// A page of the app as its user sees it: who opens it (null: nobody signed in), where, and what shows that its data
/// arrived, so that screenshots and accessibility checks look at the page filled, not at its empty frame.
/// </summary>
public sealed record AppPage(string Name, string? Account, string Path, Func<IPage, Task> Loaded)
{
    public static IReadOnlyList<AppPage> All { get; } =
    [
        new("anmelden", null, "/anmelden", async page =>
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true })).ToBeVisibleAsync()),

        // praxis01 referred the first demo family; the presence line says whether a Lotsin is on duty.
        new("praxis", "praxis01", "/praxis", async page =>
        {
            await LiveAsync(page);
            await Expect(page.Locator("#vermittlungen li").First).ToBeVisibleAsync();
            await Expect(page.Locator("#bereitschaft")).Not.ToHaveAttributeAsync("data-on-duty", "unknown");
        }),

        // lotsin1 is on duty, has an open offer and cases in her care.
        new("lotsin", "lotsin1", "/lotsin", async page =>
        {
            await LiveAsync(page);
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Im Dienst", Exact = true })).ToBeCheckedAsync();
            await Expect(page.Locator("#angebote li").First).ToBeVisibleAsync();
            await Expect(page.Locator("#faelle li").First).ToBeVisibleAsync();
            await Expect(page.Locator("#hilfe-liste li[data-offer-id]").First).ToBeVisibleAsync();
        }),

        // lotsin1's first case in her care, in its own view (#fall/<caseId>), with the referring practice and its phone,
        // and the form for the kiosk's display name open.
        new("lotsin-fall", "lotsin1", "/lotsin", async page =>
        {
            await LiveAsync(page);
            await page.Locator("#faelle li button.case-open").First.ClickAsync();
            await Expect(page.Locator("#fall-detail")).ToContainTextAsync("Telefon der Praxis");
            await Expect(page.Locator("#uebersicht")).ToBeHiddenAsync();
            await page.GetByText("Name für den Familienkiosk", new() { Exact = true }).ClickAsync();
            await Expect(page.Locator("#kn-name")).ToBeVisibleAsync();
        }),

        // The board lists every Lotsin of the network and the waiting referrals.
        new("koordination", "koordination", "/koordination", async page =>
        {
            await LiveAsync(page);
            for (var number = 1; number <= 6; number++)
            {
                await Expect(page.Locator("#auslastung")).ToContainTextAsync(DemoLogin.LotsinName(number));
            }

            await Expect(page.Locator("#warteschlange > *").First).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Berichte", Exact = true })).ToHaveAttributeAsync("href", "/berichte");
        }),

        // The coordinator's directory of help offers: the form for a new offer and the demo's offers.
        new("angebote", "koordination", "/angebote", async page =>
        {
            await LiveAsync(page);
            await Expect(page.Locator("#angebote li[data-offer-id]").First).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hilfeangebote", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        }),

        // The data-protection officer's page: the chain verified, and the latest entries (the sign-ins of the run at least).
        new("datenschutz", "datenschutz", "/datenschutz", async page =>
        {
            await Expect(page.Locator("#pruefung")).ToHaveAttributeAsync("data-state", "ok");
            await Expect(page.Locator("#protokoll tbody tr[data-sequence]").First).ToBeVisibleAsync();
        }),

        // The administrator's page: the network's accounts, practices, Lotsinnen and places, and the forms to add them. No case content.
        new("verwaltung", "admin", "/verwaltung", async page =>
        {
            await Expect(page.Locator("#konten tbody tr[data-user]").First).ToBeVisibleAsync();
            await Expect(page.Locator("#praxen tbody tr[data-practice]").First).ToBeVisibleAsync();
            await Expect(page.Locator("#lotsinnen tbody tr[data-lotsin]").First).ToBeVisibleAsync();
            await Expect(page.Locator("#orte details").First).ToBeVisibleAsync();
        }),

        // The password change, as any user reaches it from the navigation (and a new user right after her first sign-in).
        new("passwort-aendern", "kiosk", "/passwort-aendern", async page =>
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Passwort ändern", Exact = true })).ToBeVisibleAsync()),

        // A practice that opens the coordinator's board is told the page belongs to another role.
        new("kein-zugang", "praxis09", "/koordination", async page =>
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kein Zugang zu dieser Seite" })).ToBeVisibleAsync()),

        // The reports page of the reporting role: the table with its total row, the chart and the map of the districts.
        new("berichte", "berichte", "/berichte", async page =>
        {
            await Expect(page.Locator("#bericht tbody tr.total")).ToBeVisibleAsync();
            await Expect(page.Locator("#diagramm svg")).ToBeVisibleAsync();
            await Expect(page.Locator("#karte svg g").First).ToBeAttachedAsync();
        }),

        // The kiosk's seven days, with the demo's appointments (under the families' display names) and workshops.
        new("kiosk", "kiosk", "/kiosk", async page =>
        {
            await LiveAsync(page);
            await Expect(page.Locator("#woche > section")).ToHaveCountAsync(7);
            await Expect(page.Locator("#woche li[data-appointment-id]").First).ToContainTextAsync("Familie ");
            await Expect(page.Locator("#woche li[data-workshop-id]").First).ToBeVisibleAsync();
        }),

        // The kiosk staff's planning of the parent workshops: the demo's full workshop with its waiting list.
        new("werkstaetten", "kiosk", "/werkstaetten", async page =>
        {
            await LiveAsync(page);
            await Expect(page.Locator("#werkstaetten article[data-workshop-id]").First).ToBeVisibleAsync();
            await Expect(page.Locator("#werkstaetten ol[data-list='warteliste'] li").First).ToBeVisibleAsync();
        }),
    ];

    /// <summary>Every page by name, for a test that looks at each once.</summary>
    public static TheoryData<string> Names => new(All.Select(p => p.Name));

    /// <summary>Every page at every width of <see cref="Viewports.Names"/>: (page name, width name).</summary>
    public static IEnumerable<TheoryDataRow<string, string>> AtBothWidths =>
        from page in All
        from width in Viewports.Names
        select new TheoryDataRow<string, string>(page.Name, width);

    public static AppPage Named(string name) => All.Single(p => p.Name == name);

    /// <summary>Opens the page as its user, at the given size, and waits until its data are shown.</summary>
    public async Task<Person> OpenAsync(BrowserApp app, ViewportSize viewport)
    {
        var person = Account is null ? await app.VisitorAsync(viewport) : await app.SignInAsync(Account, viewport);
        await person.Page.GotoAsync(Path);
        await Loaded(person.Page);
        return person;
    }

    private static Task LiveAsync(IPage page) => Expect(page.Locator("#verbindung")).ToHaveAttributeAsync("data-state", "connected");
}
