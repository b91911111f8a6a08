using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The practice names a help offer in the family's consent on the referral form; the responsible Lotsin may then pass
/// the family's details to that offer (and only that one); consent the family gives later is added by the Lotsin on her
/// page; the form's list of offers follows the directory live. lotsin2 is the Lotsin, as in the hand-over scenarios.
/// </summary>
public sealed class HelpOfferConsentTests(BrowserApp app)
{
    private const int Lotsin = 2;

    [Fact]
    public async Task A_help_offer_named_in_the_consent_on_the_referral_form_is_one_the_Lotsin_may_contact()
    {
        await using var praxis = await app.SignInAsync("praxis02");
        using var koordination = await app.ApiAsync("koordination");
        using var lotsin = await app.ApiAsync($"lotsin{Lotsin}");
        var referral = Referral.New();

        await referral.SubmitOnPracticePageAsync(praxis.Page, namedOffer: "Frühe Hilfen Herne (Herne)");

        var caseId = await praxis.Page.Locator("#vermittlungen > li").Filter(new() { HasText = referral.ChildFirstName }).GetAttributeAsync("data-case-id")
            ?? throw new InvalidOperationException("The practice's list item names no case.");
        await Board.AssignThroughApiAsync(koordination, caseId, Lotsin);
        using var accepted = await lotsin.PostAsJsonAsync($"/api/lotsin/cases/{caseId}/acceptance", new { commandId = Guid.NewGuid().ToString() }, TestContext.Current.CancellationToken);
        accepted.EnsureSuccessStatusCode();
        var view = await lotsin.GetFromJsonAsync<JsonElement>($"/api/lotsin/cases/{caseId}", TestContext.Current.CancellationToken);
        var consented = view.GetProperty("consentedHelpOffers").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Equal(["fruehe-hilfen-herne"], consented);
    }

    [Fact]
    public async Task An_offer_added_or_deactivated_while_the_referral_form_is_open_shows_there_at_once_and_a_ticked_offer_stays_ticked()
    {
        var name = $"Zz Familienbüro {Guid.NewGuid():N}"[..23];
        await using var praxis = await app.SignInAsync("praxis02");
        var page = praxis.Page;
        await praxis.WaitUntilLiveAsync();
        await Referral.OpenFormAsync(page);
        await page.GetByText("Weitergabe an Hilfeangebote (freiwillig)", new() { Exact = true }).ClickAsync();
        var early = page.GetByRole(AriaRole.Checkbox, new() { Name = "Frühe Hilfen Herne (Herne)", Exact = true });
        await early.CheckAsync();
        using var koordination = await app.ApiAsync("koordination");
        var offer = new
        {
            offerKind = "FamilyOffice", name, provider = "Stadt Herne", phone = "02323 16-2000", municipality = "Herne",
            districts = Array.Empty<string>(), languages = Array.Empty<string>(), active = true,
        };

        using var created = await koordination.PostAsJsonAsync("/api/help-offers", new { commandId = Guid.NewGuid().ToString(), offer.offerKind, offer.name,
            offer.provider, offer.phone, offer.municipality, offer.districts, offer.languages, offer.active }, TestContext.Current.CancellationToken);
        await Referral.Ensure(created, "help offer");
        var offerId = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("offerId").GetString();

        var added = page.GetByRole(AriaRole.Checkbox, new() { Name = $"{name} (Herne)", Exact = true });
        await Expect(added).ToBeVisibleAsync(); // live, without reload
        await Expect(added).ToHaveAttributeAsync("value", offerId ?? "");
        await Expect(early).ToBeCheckedAsync();
        using var deactivated = await koordination.PutAsJsonAsync($"/api/help-offers/{offerId}", new { commandId = Guid.NewGuid().ToString(), offer.offerKind,
            offer.name, offer.provider, offer.phone, offer.municipality, offer.districts, offer.languages, active = false }, TestContext.Current.CancellationToken);
        await Referral.Ensure(deactivated, "deactivation");
        await Expect(added).ToHaveCountAsync(0);
        await Expect(early).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Consent_the_family_gives_later_is_recorded_on_the_Lotsins_page_and_releases_the_suggested_offer()
    {
        using var praxis = await app.ApiAsync("praxis02");
        using var koordination = await app.ApiAsync("koordination");
        using var api = await app.ApiAsync($"lotsin{Lotsin}");
        var caseId = await Referral.New().SubmitThroughApiAsync(praxis);
        await Board.AssignThroughApiAsync(koordination, caseId, Lotsin);
        foreach (var (tail, body) in new (string, object)[]
        {
            ("acceptance", new { commandId = Guid.NewGuid().ToString() }),
            ("first-meeting", new { commandId = Guid.NewGuid().ToString() }),
            ("onward-referrals", new { commandId = Guid.NewGuid().ToString(), offerId = "fruehe-hilfen-herne" }),
        })
        {
            using var response = await api.PostAsJsonAsync($"/api/lotsin/cases/{caseId}/{tail}", body, TestContext.Current.CancellationToken);
            await Referral.Ensure(response, tail);
        }

        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}");
        var page = lotsin.Page;
        await page.Locator($"#oeffnen-{caseId}").ClickAsync();
        var detail = page.Locator("#fall-detail");
        await Expect(detail).ToContainTextAsync("nur Vorschlag: Weitergabe nicht eingewilligt");
        var extend = detail.Locator("details.action").Filter(new() { HasText = "Einwilligung erweitern" });
        await extend.Locator("summary").ClickAsync();
        await extend.GetByLabel("Hilfsangebot", new() { Exact = true }).SelectOptionAsync("fruehe-hilfen-herne");
        await extend.GetByLabel("Erteilt von", new() { Exact = true }).FillAsync(Referral.Guardian);
        await extend.GetByRole(AriaRole.Button, new() { Name = "Einwilligung speichern" }).ClickAsync();

        await Expect(detail).ToContainTextAsync("Weitergabe eingewilligt");
        await Expect(detail).Not.ToContainTextAsync("nur Vorschlag");
    }
}
