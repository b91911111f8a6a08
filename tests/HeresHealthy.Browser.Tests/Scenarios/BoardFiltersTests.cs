using System.Text.RegularExpressions;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The coordinator narrows the queue by town, urgency and missed deadlines; the filters combine, stay in the address
/// (a reload shows the same rows) and the number of rows shown is announced politely.
/// </summary>
public sealed partial class BoardFiltersTests(BrowserApp app)
{
    [Fact]
    public async Task Town_and_urgency_filters_narrow_the_queue_and_survive_a_reload()
    {
        using var praxis = await app.ApiAsync("praxis05");
        await using var koordination = await app.SignInAsync("koordination");
        var page = koordination.Page;
        var herneUrgent = Referral.New(urgent: true);
        var marl = Referral.New(municipality: "Marl", district: "Hüls");
        await herneUrgent.SubmitThroughApiAsync(praxis);
        await marl.SubmitThroughApiAsync(praxis);
        await page.GotoAsync("/koordination");
        await koordination.WaitUntilLiveAsync();
        await Expect(herneUrgent.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(marl.OnBoardQueue(page)).ToBeVisibleAsync();

        await page.GetByLabel("Gemeinde", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Marl" });

        await Expect(marl.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(herneUrgent.OnBoardQueue(page)).ToBeHiddenAsync();
        await Expect(page.Locator("#warteschlange tbody tr:visible:not([data-municipality='Marl'])")).ToHaveCountAsync(0);
        await ExpectAnnouncedCountAsync(page);

        await page.GetByLabel("nur dringend", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Gemeinde", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Herne" });

        await Expect(herneUrgent.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(marl.OnBoardQueue(page)).ToBeHiddenAsync();
        await Expect(page.Locator("#warteschlange tbody tr:visible:not([data-municipality='Herne'][data-urgent='true'])")).ToHaveCountAsync(0);
        await ExpectAnnouncedCountAsync(page);
        Assert.Matches(FiltersInAddress(), page.Url);

        await page.ReloadAsync();
        await koordination.WaitUntilLiveAsync();

        await Expect(page.GetByLabel("Gemeinde", new() { Exact = true })).ToHaveValueAsync("Herne");
        await Expect(page.GetByLabel("nur dringend", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("nur überfällig", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(herneUrgent.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(marl.OnBoardQueue(page)).ToHaveCountAsync(1);
        await Expect(marl.OnBoardQueue(page)).ToBeHiddenAsync();

        await page.GetByLabel("Gemeinde", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alle Gemeinden" });
        await page.GetByLabel("nur dringend", new() { Exact = true }).UncheckAsync();

        await Expect(marl.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(herneUrgent.OnBoardQueue(page)).ToBeVisibleAsync();
        Assert.DoesNotContain("?", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overdue_filter_shows_a_referral_once_its_deadline_has_passed_without_a_reload()
    {
        using var praxis = await app.ApiAsync("praxis05");
        await using var koordination = await app.SignInAsync("koordination");
        var page = koordination.Page;
        await koordination.Context.Clock.InstallAsync();
        await page.GotoAsync("/koordination?ueberfaellig=1");
        await koordination.WaitUntilLiveAsync();
        await Expect(page.GetByLabel("nur überfällig", new() { Exact = true })).ToBeCheckedAsync();
        var urgent = Referral.New(urgent: true);
        await urgent.SubmitThroughApiAsync(praxis);
        await Expect(urgent.OnBoardQueue(page)).ToHaveCountAsync(1);
        await Expect(urgent.OnBoardQueue(page)).ToBeHiddenAsync();
        await koordination.MarkPageAsync();

        // An urgent referral is due 15 minutes after it came in: the page's clock jumps past that.
        await page.Clock.FastForwardAsync("16:00");

        await Expect(urgent.OnBoardQueue(page)).ToBeVisibleAsync();
        await Expect(Board.DeadlineOf(page, urgent)).ToHaveTextAsync(new Regex("^seit .+ überfällig$"));
        await Expect(page.Locator("#warteschlange tbody tr:visible[data-overdue='false']")).ToHaveCountAsync(0);
        await ExpectAnnouncedCountAsync(page);
        await koordination.AssertNotReloadedAsync();
    }

    // "3 von 12 Fällen angezeigt", politely announced, with the numbers of rows the page shows and has.
    private static async Task ExpectAnnouncedCountAsync(IPage page)
    {
        var result = page.Locator("#filter-ergebnis");
        await Expect(result).ToHaveAttributeAsync("aria-live", "polite");
        var shown = await Board.ShownRows(page).CountAsync();
        var total = await Board.QueueRows(page).CountAsync();
        await Expect(result).ToHaveTextAsync($"{shown} von {total} {(total == 1 ? "Fall" : "Fällen")} angezeigt");
    }

    [GeneratedRegex(@"/koordination\?(gemeinde=Herne&dringend=1|dringend=1&gemeinde=Herne)$")]
    private static partial Regex FiltersInAddress();
}
