using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>One person at one screen: a browser context of their own with one page.</summary>
public sealed class Person(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Waits until the page's live connection shows as connected (live.js: #verbindung, window.heresLive).</summary>
    public async Task WaitUntilLiveAsync()
    {
        await Expect(Page.Locator("#verbindung")).ToHaveAttributeAsync("data-state", "connected");
        await Page.WaitForFunctionAsync("() => window.heresLive?.state === 'connected'");
    }

    /// <summary>Leaves a mark in the page's window: gone after a reload, so a test can show an update came without one.</summary>
    public Task MarkPageAsync() => Page.EvaluateAsync("() => { window.heresTestMark = 'not reloaded'; }");

    public async Task AssertNotReloadedAsync() =>
        Assert.Equal("not reloaded", await Page.EvaluateAsync<string?>("() => window.heresTestMark ?? null"));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
