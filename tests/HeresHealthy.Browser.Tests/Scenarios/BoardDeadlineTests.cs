using System.Text.RegularExpressions;
using HeresHealthy.Browser.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// Each waiting referral's deadline counts down in words on the coordinator's board, amber when it is near and red
/// once it has passed; the words say so too (colour is never the only sign), and the page moves on without a reload.
/// </summary>
public sealed class BoardDeadlineTests(BrowserApp app)
{
    [Fact]
    public async Task A_waiting_referral_counts_down_to_its_assignment_deadline_in_words_and_turns_overdue_without_a_reload()
    {
        using var praxis = await app.ApiAsync("praxis05");
        await using var koordination = await app.SignInAsync("koordination");
        var page = koordination.Page;
        await koordination.Context.Clock.InstallAsync();
        var urgent = Referral.New(urgent: true);
        var normal = Referral.New();
        await urgent.SubmitThroughApiAsync(praxis);
        await normal.SubmitThroughApiAsync(praxis);
        await page.GotoAsync("/koordination");
        await koordination.WaitUntilLiveAsync();

        // Urgent: 15 minutes to assign, so it is near from the start. Otherwise: 1 working day.
        await Expect(Board.DeadlineOf(page, urgent)).ToHaveTextAsync(new Regex(@"^bald fällig: noch \d+ Min\.$"));
        await Expect(Board.DeadlineOf(page, urgent)).ToHaveAttributeAsync("data-tone", "soon");
        await Expect(urgent.OnBoardQueue(page)).ToContainTextAsync("Zuweisung");
        await Expect(Board.DeadlineOf(page, normal)).ToHaveTextAsync(new Regex(@"^noch \d+ (Std\.|Tage)$"));
        await Expect(Board.DeadlineOf(page, normal)).ToHaveAttributeAsync("data-tone", "normal");
        await koordination.MarkPageAsync();

        await page.Clock.FastForwardAsync("16:00");

        await Expect(Board.DeadlineOf(page, urgent)).ToHaveTextAsync(new Regex(@"^seit \d+ Min\. überfällig$"));
        await Expect(Board.DeadlineOf(page, urgent)).ToHaveAttributeAsync("data-tone", "overdue");
        await Expect(Board.DeadlineOf(page, normal)).ToHaveTextAsync(new Regex(@"^noch \d+ (Std\.|Tage)$"));
        await koordination.AssertNotReloadedAsync();
    }
}
