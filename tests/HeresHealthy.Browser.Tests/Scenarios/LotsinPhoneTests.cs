using System.Globalization;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>Small things a Lotsin on her phone expects: the sound switch says what it is set to, also after a reload; a new appointment starts on a working day at a working hour.</summary>
public sealed class LotsinPhoneTests(BrowserApp app)
{
    [Fact]
    public async Task The_sound_switch_shows_its_state_and_keeps_it_across_a_reload()
    {
        await using var lotsin = await app.SignInAsync("lotsin5", Viewports.Phone);
        var page = lotsin.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Ton aktivieren" }).ClickAsync();
        var on = page.GetByRole(AriaRole.Button, new() { Name = "Ton ist an" });
        await Expect(on).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ReloadAsync();

        await Expect(on).ToHaveAttributeAsync("aria-pressed", "true");
        await on.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ton aktivieren" })).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task A_new_appointment_is_proposed_on_the_next_working_day_at_ten()
    {
        await using var lotsin = await app.SignInAsync("lotsin1", Viewports.Phone);
        var page = lotsin.Page;

        await page.Locator("#faelle li button.case-open").First.ClickAsync();
        var at = await page.Locator("#t-zeit").InputValueAsync();

        var proposed = DateTime.ParseExact(at, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(10, proposed.Hour);
        Assert.DoesNotContain(proposed.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        Assert.InRange((proposed.Date - DateTime.Today).TotalDays, 1, 3);
    }
}
