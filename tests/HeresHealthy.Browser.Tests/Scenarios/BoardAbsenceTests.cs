using HeresHealthy.Browser.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// A Lotsin who is not on duty but still holds cases is flagged in the coordinator's list of Lotsinnen with how many
/// she holds, in words. lotsin4 is away in the demo (an offer to her needs an exception); lotsin1 is on duty.
/// </summary>
public sealed class BoardAbsenceTests(BrowserApp app)
{
    private const int AwayLotsin = 4;
    private const int OnDutyLotsin = 1;

    [Fact]
    public async Task An_away_Lotsin_who_holds_cases_is_flagged_with_how_many_she_holds()
    {
        using var coordinator = await app.ApiAsync("koordination");
        using var praxis = await app.ApiAsync("praxis05");
        await using var koordination = await app.SignInAsync("koordination");
        var page = koordination.Page;
        await koordination.WaitUntilLiveAsync();
        var held = await Board.ActiveCasesAsync(page, AwayLotsin);
        var referral = Referral.New();
        await referral.SubmitThroughApiAsync(praxis);

        await Board.AssignThroughApiAsync(coordinator, referral.CaseId, AwayLotsin, overrideReason: "AgreedWithLotsin");

        await Expect(Availability(page, AwayLotsin)).ToHaveTextAsync($"Abwesend – hält {Cases(held + 1)}");
        await Expect(Availability(page, OnDutyLotsin)).ToHaveTextAsync("Im Dienst");

        await Board.UnassignThroughApiAsync(coordinator, referral.CaseId);

        await Expect(Availability(page, AwayLotsin)).ToHaveTextAsync(held == 0 ? "Abwesend" : $"Abwesend – hält {Cases(held)}");
    }

    private static Microsoft.Playwright.ILocator Availability(Microsoft.Playwright.IPage page, int lotsin) =>
        Board.LoadOf(page, lotsin).Locator(".availability");

    private static string Cases(int count) => count == 1 ? "1 Fall" : $"{count} Fälle";
}
