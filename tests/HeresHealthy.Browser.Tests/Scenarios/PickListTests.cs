using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// What stays of a case after erasure is chosen from lists, never typed: the family's district from the chosen town's
/// districts, and the coordinator's reason for an exception (its note is optional and erased with the case).
/// lotsin4 is away in the demo, so an offer to her needs an exception.
/// </summary>
public sealed class PickListTests(BrowserApp app)
{
    private const int AwayLotsin = 4;

    [Fact]
    public async Task The_district_list_offers_only_the_chosen_towns_districts()
    {
        await using var praxis = await app.SignInAsync("praxis04");
        var page = praxis.Page;
        await Referral.OpenFormAsync(page);
        var town = page.GetByLabel("Stadt", new() { Exact = true });
        var district = page.GetByLabel("Stadtteil", new() { Exact = true });

        await town.SelectOptionAsync(new SelectOptionValue { Label = "Herne" });
        await district.SelectOptionAsync(new SelectOptionValue { Label = "Sodingen" });
        await town.SelectOptionAsync(new SelectOptionValue { Label = "Recklinghausen" });

        Assert.Equal("", await district.InputValueAsync());
        await Expect(district.Locator("optgroup[label='Herne']")).ToBeHiddenAsync();
        await district.SelectOptionAsync(new SelectOptionValue { Label = "Hillerheide" });
        Assert.Equal("Hillerheide", await district.InputValueAsync());
        await Expect(district.Locator("option[value='']")).ToHaveTextAsync("– bitte wählen –");
    }

    [Fact]
    public async Task An_exception_for_an_away_Lotsin_needs_a_reason_from_the_list_and_takes_an_optional_note()
    {
        using var praxis = await app.ApiAsync("praxis04");
        await using var koordination = await app.SignInAsync("koordination");
        await koordination.WaitUntilLiveAsync();
        var referral = Referral.New();
        await referral.SubmitThroughApiAsync(praxis);
        var page = koordination.Page;
        // The case is named by its readable reference (HH-2026-0142), not by any part of the id the server allocated.
        await Expect(referral.OnBoardQueue(page).Locator("th")).ToContainTextAsync($"Fall {referral.Reference}");
        await Expect(referral.OnBoardQueue(page).Locator("th")).Not.ToContainTextAsync(referral.CaseId[..8]);
        await referral.OnBoardQueue(page).GetByRole(AriaRole.Button, new() { Name = "Zuweisen" }).ClickAsync();
        var panel = page.Locator("#zuweisen");
        await panel.GetByRole(AriaRole.Radio, new() { Name = DemoLogin.LotsinName(AwayLotsin) }).CheckAsync();
        var reason = panel.GetByLabel("Grund der Ausnahme", new() { Exact = true });
        await Expect(reason).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Button, new() { Name = "Zuweisen", Exact = true }).ClickAsync();
        await Expect(page.Locator("#alarm")).Not.ToBeEmptyAsync();
        await Expect(referral.OnBoardQueue(page)).Not.ToContainTextAsync(DemoLogin.LotsinName(AwayLotsin));

        await reason.SelectOptionAsync(new SelectOptionValue { Label = "Mit der Lotsin abgesprochen" });
        await panel.GetByLabel("Anmerkung (freiwillig)", new() { Exact = true }).FillAsync("Vertretung bis Freitag");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Zuweisen", Exact = true }).ClickAsync();

        await Expect(referral.OnBoardQueue(page)).ToContainTextAsync(DemoLogin.LotsinName(AwayLotsin));
        using var api = await app.ApiAsync("koordination");
        var view = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/board/cases/{referral.CaseId}", TestContext.Current.CancellationToken);
        var recorded = view.GetProperty("overrides")[0];
        Assert.Equal(("AgreedWithLotsin", "Vertretung bis Freitag"), (recorded.GetProperty("reason").GetString(), recorded.GetProperty("note").GetString()));
    }
}
