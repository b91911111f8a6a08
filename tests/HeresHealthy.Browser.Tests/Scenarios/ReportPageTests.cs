using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>The reports page (Berichte): another breakdown redraws table, chart and CSV link; the coordinator reads it too.</summary>
public sealed class ReportPageTests(BrowserApp app)
{
    [Fact]
    public async Task Choosing_the_breakdown_by_need_shows_German_needs_and_links_the_CSV_of_that_choice()
    {
        await using var reporting = await app.SignInAsync("berichte");
        var page = reporting.Page;
        await Expect(page.Locator("#bericht tbody tr.total")).ToBeVisibleAsync();

        await page.GetByLabel("Aufschlüsseln nach").SelectOptionAsync(new SelectOptionValue { Label = "Bedarf" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();

        await Expect(page.Locator("#bericht thead th").First).ToHaveTextAsync("Bedarf");
        await Expect(page.Locator("#status")).ToContainTextAsync("Bericht geladen");
        var period = await page.GetByLabel("Zeitraum").InputValueAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als CSV herunterladen", Exact = true }))
            .ToHaveAttributeAsync("href", $"/api/reports/csv?period={period}&by=need");
        var keys = await page.Locator("#bericht tbody th").AllInnerTextsAsync();
        Assert.Equal("Gesamt", keys[^1]);
        Assert.All(keys, key => Assert.DoesNotMatch( // the code names of the needs ("Isolation" is German as well)
            "^(Poverty|Language|MissedCheckUps|Parenting|MentalHealth|Housing|Addiction|Other)$", key));
        await Expect(page.Locator("#diagramm figcaption")).ToContainTextAsync("Vermittlungen nach Bedarf");
    }

    [Fact]
    public async Task The_coordinator_reads_the_reports_with_a_way_back_to_her_board()
    {
        await using var coordinator = await app.SignInAsync("koordination");
        var page = coordinator.Page;

        await page.GotoAsync("/berichte");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Berichte", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#bericht tbody tr.total")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Koordination" })).ToHaveAttributeAsync("href", "/koordination");
    }
}
