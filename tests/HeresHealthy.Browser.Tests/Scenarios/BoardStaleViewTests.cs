using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// After an assignment the board page reads /api/board again (in case the live connection is down). On a busy network
/// that answer can arrive after the push of a later commit: the page must keep the newer board, not put the older
/// queue back (it showed an accepted case as waiting until the next change). lotsin2 as in ReferralHandOverTests.
/// </summary>
public sealed class BoardStaleViewTests(BrowserApp app)
{
    private const int Lotsin = 2;

    [Fact]
    public async Task A_board_read_before_the_last_push_does_not_bring_an_older_queue_back()
    {
        await using var koordination = await app.SignInAsync("koordination");
        using var praxis = await app.ApiAsync("praxis03");
        using var lotsin = await app.ApiAsync($"lotsin{Lotsin}");
        var board = koordination.Page;
        var referral = Referral.New();
        await referral.SubmitThroughApiAsync(praxis);
        await Expect(referral.OnBoardQueue(board)).ToHaveCountAsync(1);

        // The page's next read of the board is answered by the server at once and handed to the page only later.
        var answered = new TaskCompletionSource();
        var deliver = new TaskCompletionSource();
        await board.RouteAsync("**/api/board", async route =>
        {
            var response = await route.FetchAsync();
            answered.TrySetResult();
            await deliver.Task;
            await route.FulfillAsync(new() { Response = response });
        });
        await Board.AssignAsync(board, referral, Lotsin);
        // Waited for with a limit: a refused assignment (a full Lotsin) reads no board, and the test must fail, not hang.
        await answered.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserApp.UiTimeoutMs), TestContext.Current.CancellationToken);

        using var accepted = await lotsin.PostAsJsonAsync($"/api/lotsin/cases/{referral.CaseId}/acceptance",
            new { commandId = Guid.NewGuid().ToString() }, TestContext.Current.CancellationToken);
        await Referral.Ensure(accepted, "accept");
        await Expect(referral.OnBoardQueue(board)).ToHaveCountAsync(0); // the push of the acceptance arrived

        var delivered = board.WaitForResponseAsync("**/api/board");
        deliver.SetResult();
        await delivered.WaitAsync(TimeSpan.FromMilliseconds(BrowserApp.UiTimeoutMs), TestContext.Current.CancellationToken);
        await board.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");

        await Expect(referral.OnBoardQueue(board)).ToHaveCountAsync(0);
        await board.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        await referral.CloseThroughApiAsync(lotsin);
    }
}
