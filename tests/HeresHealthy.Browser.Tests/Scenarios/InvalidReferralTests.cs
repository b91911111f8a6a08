using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>A referral sent with fields missing is refused field by field, and the focus goes to the first invalid field of the form.</summary>
public sealed class InvalidReferralTests(BrowserApp app)
{
    [Fact]
    public async Task An_empty_referral_marks_its_fields_and_puts_the_focus_on_the_first_one()
    {
        await using var praxis = await app.SignInAsync("praxis10");
        var page = praxis.Page;
        await Referral.OpenFormAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Vermitteln", Exact = true }).ClickAsync();

        var child = page.GetByLabel("Vorname des Kindes", new() { Exact = true });
        await Expect(child).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Stadtteil", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(child).ToBeFocusedAsync();
    }
}
