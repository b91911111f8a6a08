using HeresHealthy.Browser.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// Today's numbers in one strip above the coordinator's board: what the board holds, counted the way PROTOCOL.md
/// counts it, and moving on live when a practice refers a family.
/// </summary>
public sealed class BoardTodayTests(BrowserApp app)
{
    [Fact]
    public async Task Todays_numbers_match_the_board_and_follow_a_new_referral_live()
    {
        using var coordinator = await app.ApiAsync("koordination");
        using var praxis = await app.ApiAsync("praxis05");
        await using var koordination = await app.SignInAsync("koordination");
        var page = koordination.Page;
        await koordination.WaitUntilLiveAsync();

        await ExpectNumbersOfTheBoardAsync(page, coordinator);
        var before = new Dictionary<string, int>();
        foreach (var label in new[] { "Neu heute", "Offene Fälle", "Ohne Lotsin" })
        {
            before[label] = await TodayStrip.NumberAsync(page, label);
        }

        await koordination.MarkPageAsync();
        await Referral.New().SubmitThroughApiAsync(praxis);

        foreach (var (label, number) in before)
        {
            await Expect(TodayStrip.Value(page, label)).ToHaveTextAsync($"{number + 1}");
        }

        await ExpectNumbersOfTheBoardAsync(page, coordinator);
        await koordination.AssertNotReloadedAsync();
    }

    // The page and the API may be a push apart (a deadline flagged meanwhile): they must agree within the UI timeout.
    private static async Task ExpectNumbersOfTheBoardAsync(Microsoft.Playwright.IPage page, HttpClient coordinator)
    {
        var until = DateTimeOffset.UtcNow.AddMilliseconds(BrowserApp.UiTimeoutMs);
        while (true)
        {
            var expected = await TodayStrip.ExpectedAsync(coordinator);
            var shown = await TodayStrip.ShownAsync(page);
            if (expected.OrderBy(e => e.Key).SequenceEqual(shown.OrderBy(s => s.Key)) || DateTimeOffset.UtcNow > until)
            {
                Assert.Equal(expected, shown);
                return;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
