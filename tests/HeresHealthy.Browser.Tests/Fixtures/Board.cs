using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>What a test reads from and does on the coordinator's board page (/koordination).</summary>
public static partial class Board
{
    /// <summary>The rows of the queue of waiting referrals and unanswered offers.</summary>
    public static ILocator QueueRows(IPage page) => page.Locator("#warteschlange tbody tr");

    /// <summary>A Lotsin's entry in the load panel, found by her name.</summary>
    public static ILocator LoadOf(IPage page, int lotsin) =>
        page.Locator("#auslastung li").Filter(new() { HasText = DemoLogin.LotsinName(lotsin) });

    /// <summary>Her active cases as the load panel says ("3 von 6 Fällen").</summary>
    public static async Task<int> ActiveCasesAsync(IPage page, int lotsin)
    {
        var text = await LoadOf(page, lotsin).InnerTextAsync();
        var match = ActiveOfCapacity().Match(text);
        Assert.True(match.Success, $"no \"n von m Fällen\" in the load of lotsin{lotsin}: {text}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The coordinator assigns a referral from the queue to a Lotsin, through the assignment panel.</summary>
    public static async Task AssignAsync(IPage page, Referral referral, int lotsin)
    {
        await referral.OnBoardQueue(page).GetByRole(AriaRole.Button, new() { Name = "Zuweisen" }).ClickAsync();
        var panel = page.Locator("#zuweisen");
        await panel.GetByRole(AriaRole.Radio, new() { Name = DemoLogin.LotsinName(lotsin) }).CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Zuweisen", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// The coordinator assigns through the API (another device of hers), e.g. while a page under test is offline;
    /// <paramref name="overrideReason"/> (an OverrideReason) for a Lotsin who is away or full.
    /// </summary>
    public static async Task AssignThroughApiAsync(HttpClient coordinator, string caseId, int lotsin, string? overrideReason = null)
    {
        using var response = await coordinator.PostAsJsonAsync($"/api/board/cases/{caseId}/assignment",
            new { commandId = Guid.NewGuid().ToString(), lotsinId = DemoLogin.LotsinId(lotsin), overrideReason }, TestContext.Current.CancellationToken);
        await Referral.Ensure(response, "assign");
    }

    /// <summary>The coordinator takes an unanswered offer back through the API: the case returns to the queue.</summary>
    public static async Task UnassignThroughApiAsync(HttpClient coordinator, string caseId)
    {
        using var response = await coordinator.PostAsJsonAsync($"/api/board/cases/{caseId}/unassignment",
            new { commandId = Guid.NewGuid().ToString(), reason = "Test räumt auf" }, TestContext.Current.CancellationToken);
        await Referral.Ensure(response, "unassign");
    }

    /// <summary>A row's deadline as the queue shows it ("noch 3 Std.", "seit 2 Std. überfällig"), its tone in data-tone.</summary>
    public static ILocator DeadlineOf(IPage page, Referral referral) => referral.OnBoardQueue(page).Locator("time.countdown");

    /// <summary>The queue's rows the filters let through.</summary>
    public static ILocator ShownRows(IPage page) => page.Locator("#warteschlange tbody tr:visible");

    [GeneratedRegex(@"(\d+) von (\d+) Fällen")]
    private static partial Regex ActiveOfCapacity();
}
