using HeresHealthy.Browser.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// A Lotsin's phone loses its connection; meanwhile the coordinator offers her a case. When the phone is back
/// online, live.js reconnects, catches up from its last position and the offer is on her screen, without a reload.
/// lotsin6 is the Lotsin: no other test offers her anything.
/// </summary>
public sealed class ReconnectTests(BrowserApp app)
{
    private const int Lotsin = 6;

    [Fact]
    public async Task A_Lotsin_whose_page_lost_its_connection_sees_the_offer_made_meanwhile_after_reconnecting()
    {
        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}");
        using var praxis = await app.ApiAsync("praxis04");
        using var koordination = await app.ApiAsync("koordination");
        var line = await LiveLine.RouteAsync(lotsin.Page);
        await lotsin.Page.GotoAsync("/lotsin");
        await lotsin.WaitUntilLiveAsync();
        await lotsin.MarkPageAsync();
        var referral = Referral.New();
        var caseId = await referral.SubmitThroughApiAsync(praxis);

        // The network goes away: the live connection drops, and reconnecting fails while offline.
        await lotsin.Context.SetOfflineAsync(true);
        await line.CutAsync();
        await lotsin.Page.WaitForFunctionAsync("() => window.heresLive.state !== 'connected'");
        await Board.AssignThroughApiAsync(koordination, caseId, Lotsin);
        await lotsin.Context.SetOfflineAsync(false);

        await Expect(referral.AsOffer(lotsin.Page)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await lotsin.WaitUntilLiveAsync();
        await lotsin.AssertNotReloadedAsync();
    }
}
