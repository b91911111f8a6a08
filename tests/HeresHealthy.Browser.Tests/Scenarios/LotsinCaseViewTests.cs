using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The Lotsin on her phone: the referring practice and its phone on an urgent offer (a tel: link), the case detail as
/// a view of its own address that the back button leaves, and a system notification for a new offer while the tab is
/// in the background, after she switched notifications on.
/// </summary>
public sealed class LotsinCaseViewTests(BrowserApp app)
{
    // As if the tab were in the background: the page asks document.visibilityState, which the test switches.
    // Counts the page's requests for permission: none may come before her click.
    private const string SwitchableVisibility =
        "Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => window.heresHidden ? 'hidden' : 'visible' });" +
        "window.heresPermissionRequests = 0; const request = Notification.requestPermission.bind(Notification);" +
        "Notification.requestPermission = (...args) => { window.heresPermissionRequests++; return request(...args); };" +
        // Every notification the page asks the service worker to show, as it asked: the browser's own list may have
        // dropped or replaced it by the time the test reads it.
        "window.heresShown = []; const show = ServiceWorkerRegistration.prototype.showNotification;" +
        "ServiceWorkerRegistration.prototype.showNotification = function (title, options) { window.heresShown.push(`${title}|${options?.body ?? ''}`); return show.call(this, title, options); };";

    [Fact]
    public async Task An_urgent_offer_names_the_practice_with_a_call_button_and_the_case_opens_as_its_own_view_that_back_leaves()
    {
        using var praxis = await app.ApiAsync("praxis02");
        await using var lotsin = await app.SignInAsync("lotsin5", Viewports.Phone);
        var page = lotsin.Page;
        await lotsin.WaitUntilLiveAsync();
        var referral = Referral.New(urgent: true);
        await referral.SubmitThroughApiAsync(praxis);

        var offer = referral.AsOffer(page);
        await Expect(offer).ToContainTextAsync("Praxis: Kinder- und Jugendarztpraxis Dr. ");
        await Expect(offer).ToContainTextAsync($"Fall {referral.Reference}");
        var call = offer.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Praxis anrufen: 0\d{4} \d{2} \d{3}$") });
        await Expect(call).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^tel:0\d{9}$"));

        await offer.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();
        await referral.InCare(page).GetByRole(AriaRole.Button, new() { Name = $"{referral.ChildFirstName} (2023)" }).ClickAsync();

        var detail = page.Locator("#fall-detail");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/lotsin#fall/{referral.CaseId}$"));
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync($"Fall {referral.Reference}: {referral.ChildFirstName} (2023)");
        await Expect(detail).ToContainTextAsync("Telefon der Praxis");
        await Expect(page.Locator("#angebote")).ToBeHiddenAsync();

        await page.GoBackAsync();
        await Expect(detail).ToBeHiddenAsync();
        await Expect(referral.InCare(page)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lotsin$"));

        await page.GoForwardAsync();
        await Expect(detail).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync($"Fall {referral.Reference}: {referral.ChildFirstName} (2023)");
        await detail.GetByRole(AriaRole.Button, new() { Name = "Zurück zur Übersicht" }).ClickAsync();
        await Expect(referral.InCare(page)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lotsin$"));
    }

    [Fact]
    public async Task A_case_that_leaves_her_care_while_she_reads_it_returns_her_to_the_lists_once_and_says_so()
    {
        using var praxis = await app.ApiAsync("praxis02");
        using var coordinator = await app.ApiAsync("koordination");
        await using var lotsin = await app.SignInAsync("lotsin5", Viewports.Phone);
        var page = lotsin.Page;
        await lotsin.WaitUntilLiveAsync();
        var referral = Referral.New(urgent: true);
        await referral.SubmitThroughApiAsync(praxis);
        await referral.AsOffer(page).GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();
        await referral.InCare(page).GetByRole(AriaRole.Button, new() { Name = $"{referral.ChildFirstName} (2023)" }).ClickAsync();
        await Expect(page.Locator("#fall-detail")).ToBeVisibleAsync();

        using var reassigned = await coordinator.PostAsJsonAsync($"/api/board/cases/{referral.CaseId}/reassignment",
            new { commandId = Guid.NewGuid().ToString(), lotsinId = DemoLogin.LotsinId(3) }, TestContext.Current.CancellationToken);
        await Referral.Ensure(reassigned, "reassign");

        await Expect(page.Locator("#status")).ToContainTextAsync($"Fall {referral.Reference} ist nicht mehr in Ihrer Begleitung.");
        await Expect(page.Locator("#fall-detail")).ToBeHiddenAsync();
        await Expect(page.Locator("#angebote")).ToBeVisibleAsync();
        await Expect(referral.InCare(page)).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lotsin$"));
    }

    [Fact]
    public async Task A_new_offer_while_the_tab_is_hidden_shows_a_system_notification_once_she_switched_them_on()
    {
        using var praxis = await app.ApiAsync("praxis02");
        await using var lotsin = await app.SignInAsync("lotsin3", Viewports.Phone);
        var page = lotsin.Page;
        await lotsin.Context.GrantPermissionsAsync(["notifications"]);
        await page.AddInitScriptAsync(SwitchableVisibility);
        await page.ReloadAsync();
        await lotsin.WaitUntilLiveAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.heresPermissionRequests"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Benachrichtigungen einschalten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Benachrichtigungen sind an" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.heresPermissionRequests"));
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.EvaluateAsync("() => { window.heresHidden = true; }");
        var referral = Referral.New(urgent: true);
        await referral.SubmitThroughApiAsync(praxis);
        await Expect(referral.AsOffer(page)).ToBeVisibleAsync();

        var shown = "";
        await Eventually.HoldsAsync(async () => (shown = await page.EvaluateAsync<string>(
            "reference => window.heresShown.filter(n => n.includes(reference)).join()", referral.Reference)).Length > 0,
            "a system notification names the new offer");
        Assert.StartsWith($"Dringend: Familie ist in der Praxis|Fall {referral.Reference} · Kinder- und Jugendarztpraxis Dr. ", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(referral.ChildFirstName, shown, StringComparison.Ordinal);
    }
}
