using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>One person at one screen: a browser context of their own with one page.</summary>
public sealed class Person(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Waits until the page's live connection (live.js, window.heresLive) reports <paramref name="state"/>.</summary>
    public Task WaitForLiveAsync(string state = "connected") =>
        Page.WaitForFunctionAsync("s => window.heresLive?.state === s", state);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
