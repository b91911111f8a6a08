using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The coordinator adds an offer to the directory on her page; a Lotsin on her phone finds it by text, language and
/// district and starts an onward referral from it for a case in her care; once the coordinator deactivates it, the
/// Lotsin's open page drops it (live) and a case's onward-referral form no longer offers it, while the earlier onward
/// referral keeps it; a case's open forms list a new offer at once. lotsin5 is the Lotsin (capacity 12), so that the case this test leaves in her care takes no place of the hand-over scenarios' lotsin2.
/// </summary>
public sealed class HelpOfferDirectoryTests(BrowserApp app)
{
    private static readonly string[] _wanne = ["Wanne"];
    private static readonly string[] _german = ["de"];

    [Fact]
    public async Task A_new_offer_is_found_by_the_Lotsin_on_her_phone_and_once_deactivated_is_offered_for_no_new_onward_referral()
    {
        var name = $"Zz Sprachcafé {Guid.NewGuid():N}"[..22];
        var caseId = await CaseInCareAsync();
        await using var koordination = await app.SignInAsync("koordination");
        var coordinator = koordination.Page;
        await coordinator.GotoAsync("/koordination");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Hilfeangebote", Exact = true }).ClickAsync();
        await Expect(coordinator.Locator("#verbindung")).ToHaveAttributeAsync("data-state", "connected"); // the page's script runs
        await coordinator.GetByLabel("Art des Angebots").SelectOptionAsync(new SelectOptionValue { Label = "Elternwerkstatt" });
        await coordinator.GetByLabel("Name des Angebots").FillAsync(name);
        await coordinator.GetByLabel("Träger (freiwillig)").FillAsync("Verein Nachbarschaft Wanne");
        await coordinator.GetByLabel("Telefon").FillAsync("02325 123 456");
        await coordinator.GetByLabel("Gemeinde").SelectOptionAsync("Herne");
        await coordinator.GetByLabel("Wanne", new() { Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Türkisch", new() { Exact = true }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Angebot speichern" }).ClickAsync();
        await Expect(coordinator.Locator("#status")).ToContainTextAsync($"Angebot „{name}“ aufgenommen.");
        var listed = coordinator.Locator("#angebote > li").Filter(new() { HasText = name });
        await Expect(listed).ToContainTextAsync("Herne: Wanne");
        await Expect(listed).ToContainTextAsync("Sprachen: Türkisch");

        await using var lotsin = await app.SignInAsync("lotsin5", Viewports.Phone);
        var phone = lotsin.Page;
        await phone.GotoAsync("/lotsin");
        await Expect(phone.Locator("#verbindung")).ToHaveAttributeAsync("data-state", "connected");
        await phone.GetByLabel("Suche nach Name, Träger oder Kontakt").FillAsync("nachbarschaft wanne");
        await phone.GetByLabel("Sprache", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Türkisch" });
        await phone.GetByLabel("Ort", new() { Exact = true }).SelectOptionAsync("Herne|Wanne");
        var found = phone.Locator("#hilfe-liste > li[data-offer-id]");
        await Expect(found).ToHaveCountAsync(1);
        await Expect(found).ToContainTextAsync(name);
        await phone.GetByLabel("Ort", new() { Exact = true }).SelectOptionAsync("Herne|Sodingen");
        await Expect(found).ToHaveCountAsync(0);
        await phone.GetByLabel("Ort", new() { Exact = true }).SelectOptionAsync("Herne|Wanne");
        await found.GetByLabel("Fall").SelectOptionAsync(caseId);
        await found.GetByRole(AriaRole.Button, new() { Name = "Weitervermitteln" }).ClickAsync();
        var detail = phone.Locator("#fall-detail");
        await Expect(detail.Locator("#wv-angebot")).ToBeFocusedAsync();
        await detail.GetByRole(AriaRole.Button, new() { Name = "Weitervermittlung speichern" }).ClickAsync();
        await Expect(detail).ToContainTextAsync(name);
        await detail.GetByRole(AriaRole.Button, new() { Name = "Zurück zur Übersicht" }).ClickAsync();

        await listed.GetByRole(AriaRole.Button, new() { Name = "Bearbeiten" }).ClickAsync();
        await coordinator.GetByLabel("Aktiv: für neue Weitervermittlungen und Einwilligungen wählbar").UncheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Angebot speichern" }).ClickAsync();
        await Expect(listed).ToContainTextAsync("nicht aktiv");

        await Expect(found).ToHaveCountAsync(0); // live, without reloading the Lotsin's page
        await phone.Locator($"#oeffnen-{caseId}").ClickAsync();
        await Expect(detail).ToContainTextAsync($"{name} (nicht mehr aktiv)");
        Assert.DoesNotContain(name, await detail.Locator("#wv-angebot").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_cases_forms_list_a_new_offer_live_and_keep_what_is_being_filled_in()
    {
        var name = $"Zz Hebammenrunde {Guid.NewGuid():N}"[..24];
        var caseId = await CaseInCareAsync();
        await using var lotsin = await app.SignInAsync("lotsin5", Viewports.Phone);
        var phone = lotsin.Page;
        await phone.GotoAsync("/lotsin");
        await Expect(phone.Locator("#verbindung")).ToHaveAttributeAsync("data-state", "connected");
        await phone.Locator($"#oeffnen-{caseId}").ClickAsync();
        var detail = phone.Locator("#fall-detail");
        await detail.GetByText("Einwilligung erweitern", new() { Exact = true }).ClickAsync();
        await detail.GetByLabel("Erteilt von").FillAsync("Sabine Beispiel");

        using var koordination = await app.ApiAsync("koordination");
        using var created = await koordination.PostAsJsonAsync("/api/help-offers", new
        {
            commandId = Guid.NewGuid().ToString(), offerKind = "FamilyMidwife", name, provider = "Hebammenzentrale Herne", phone = "02323 16-1234",
            municipality = "Herne", districts = _wanne, languages = _german, active = true,
        }, TestContext.Current.CancellationToken);
        await Referral.Ensure(created, "help offer");

        await Expect(detail.Locator("#ee-angebot option").Filter(new() { HasText = name })).ToHaveCountAsync(1); // live, without reload
        await Expect(detail.Locator("#wv-angebot option").Filter(new() { HasText = name })).ToHaveCountAsync(1);
        await Expect(detail.GetByLabel("Erteilt von")).ToBeVisibleAsync(); // the form stays open
        await Expect(detail.GetByLabel("Erteilt von")).ToHaveValueAsync("Sabine Beispiel");
        await Expect(detail.GetByLabel("Erteilt von")).ToBeFocusedAsync();
    }

    private async Task<string> CaseInCareAsync()
    {
        using var praxis = await app.ApiAsync("praxis02");
        using var koordination = await app.ApiAsync("koordination");
        using var api = await app.ApiAsync("lotsin5");
        var caseId = await Referral.New().SubmitThroughApiAsync(praxis);
        await Board.AssignThroughApiAsync(koordination, caseId, 5, "AgreedWithLotsin"); // the exception in case other tests filled her capacity
        foreach (var tail in new[] { "acceptance", "first-meeting" })
        {
            using var response = await api.PostAsJsonAsync($"/api/lotsin/cases/{caseId}/{tail}", new { commandId = Guid.NewGuid().ToString() }, TestContext.Current.CancellationToken);
            await Referral.Ensure(response, tail);
        }

        return caseId;
    }
}
