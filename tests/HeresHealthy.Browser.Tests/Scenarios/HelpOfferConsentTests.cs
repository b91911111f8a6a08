using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The practice names a help offer in the family's consent on the referral form; the responsible Lotsin may then pass
/// the family's details to that offer (and only that one). lotsin2 is the Lotsin, as in the hand-over scenarios.
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
}
