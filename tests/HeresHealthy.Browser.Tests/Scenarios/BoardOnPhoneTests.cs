using HeresHealthy.Browser.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>On a phone the coordinator's queue is wider than the screen: the page says it scrolls sideways; on a large screen it does not.</summary>
public sealed class BoardOnPhoneTests(BrowserApp app)
{
    [Fact]
    public async Task The_queue_says_it_scrolls_sideways_on_a_phone_and_not_on_a_large_screen()
    {
        await using var phone = await AppPage.Named("koordination").OpenAsync(app, Viewports.Phone);
        await using var desktop = await AppPage.Named("koordination").OpenAsync(app, Viewports.Desktop);

        await Expect(phone.Page.Locator("#warteschlange-hinweis")).ToBeVisibleAsync();
        await Expect(phone.Page.Locator("#warteschlange-hinweis")).ToHaveTextAsync("Die Tabelle lässt sich seitlich verschieben →");
        await Expect(desktop.Page.Locator("#warteschlange-hinweis")).ToBeHiddenAsync();
    }
}
