using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Security;

/// <summary>
/// Practice PCs are shared: a session nobody uses ends after Security:IdleTimeout (here 8 s on an app of its own).
/// The page warns first, with a way to stay signed in, then signs out and says why.
/// </summary>
public sealed class IdleSignOutTests(BrowserApp browser) : IAsyncLifetime
{
    private readonly HeresHealthyApp _app = new(new Dictionary<string, string> { ["Security:IdleTimeout"] = "00:00:08" });

    public ValueTask InitializeAsync()
    {
        _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_idle_page_warns_then_signs_out_and_the_session_is_gone()
    {
        await using var person = await browser.SignInAsync("praxis11", app: _app.BaseAddress);
        var page = person.Page;

        await Expect(page.GetByRole(AriaRole.Alertdialog, new() { Name = "Abmeldung wegen Inaktivität" })).ToBeVisibleAsync();
        await page.WaitForURLAsync(url => url.Contains("/anmelden?abgemeldet=inaktiv", StringComparison.Ordinal));

        await Expect(page.Locator("#anmelden-hinweis")).ToContainTextAsync("Inaktivität");
        Assert.Equal(401, (await page.APIRequest.GetAsync("/api/session")).Status);
    }

    [Fact]
    public async Task Angemeldet_bleiben_keeps_the_session_past_the_idle_time()
    {
        await using var person = await browser.SignInAsync("praxis12", app: _app.BaseAddress);
        var page = person.Page;
        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Abmeldung wegen Inaktivität" });
        await Expect(warning).ToBeVisibleAsync();

        await warning.GetByRole(AriaRole.Button, new() { Name = "Angemeldet bleiben" }).ClickAsync();

        await Expect(warning).ToBeHiddenAsync();
        await Expect(warning).ToBeVisibleAsync(); // warned again after the next idle stretch, never signed out in between
        Assert.EndsWith("/praxis", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, (await page.APIRequest.GetAsync("/api/session")).Status);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
