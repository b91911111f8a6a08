using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The coordinator's board: a practice column in the queue, and the day's chart of active cases as the server keeps it:
/// a tab opened later shows the same day so far, and a change extends the chart in every open tab without a reload.
/// The chart's values are also a table (its text alternative).
/// </summary>
public sealed class BoardChartTests(BrowserApp app)
{
    [Fact]
    public async Task A_new_tab_shows_the_days_chart_so_far_and_an_assignment_extends_it_live_in_every_tab()
    {
        using var praxis = await app.ApiAsync("praxis05");
        using var coordinator = await app.ApiAsync("koordination");
        var referral = Referral.New();
        await referral.SubmitThroughApiAsync(praxis);
        await using var first = await app.SignInAsync("koordination");
        await first.WaitUntilLiveAsync();
        await Expect(referral.OnBoardQueue(first.Page)).ToContainTextAsync("Kinder- und Jugendarztpraxis Dr. ");
        await Expect(first.Page.GetByRole(AriaRole.Columnheader, new() { Name = "Praxis", Exact = true })).ToBeVisibleAsync();
        var before = await ChartRows(first.Page).CountAsync();
        Assert.True(before >= 1, "the day's chart starts at midnight");

        await first.MarkPageAsync();
        await Board.AssignThroughApiAsync(coordinator, referral.CaseId, 5);
        await Expect(ChartRows(first.Page)).ToHaveCountAsync(before + 1);
        var lastRow = await ChartRows(first.Page).Last.TextContentAsync() ?? "";

        await using var second = await app.SignInAsync("koordination");
        await second.WaitUntilLiveAsync();
        await Expect(ChartRows(second.Page)).ToHaveCountAsync(before + 1);
        await Expect(ChartRows(second.Page).Last).ToHaveTextAsync(lastRow);

        await Board.UnassignThroughApiAsync(coordinator, referral.CaseId);
        await Expect(ChartRows(first.Page)).ToHaveCountAsync(before + 2);
        await Expect(ChartRows(second.Page)).ToHaveCountAsync(before + 2);
        await first.AssertNotReloadedAsync();

        var table = first.Page.Locator("#verlauf details");
        await table.Locator("summary").ClickAsync();
        await Expect(table.GetByRole(AriaRole.Table, new() { Name = "Aktive Fälle heute, jede Änderung mit Uhrzeit" })).ToBeVisibleAsync();
        await Expect(first.Page.Locator("#verlauf svg[role='img']")).ToHaveAttributeAsync("aria-labelledby", "verlauf-text");
    }

    private static ILocator ChartRows(IPage page) => page.Locator("#verlauf table tbody tr");
}
