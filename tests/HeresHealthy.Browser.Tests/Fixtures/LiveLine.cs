using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// Runs a page's live connection (the WebSocket to /hubs/live) through Playwright, so that a test can cut it the way
/// a dead mobile network does. Chromium's offline emulation alone keeps open WebSockets alive; it only stops the
/// reconnection attempts.
/// </summary>
public sealed class LiveLine
{
    private readonly Lock _gate = new();
    private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _open = [];

    /// <summary>Routes the page's future live connections; open (or reload) the page afterwards.</summary>
    public static async Task<LiveLine> RouteAsync(IPage page)
    {
        var line = new LiveLine();
        await page.RouteWebSocketAsync(url => url.Contains("/hubs/live", StringComparison.Ordinal), socket =>
        {
            var server = socket.ConnectToServer();
            lock (line._gate)
            {
                line._open.Add((socket, server));
            }
        });
        return line;
    }

    /// <summary>Drops every open live connection on both ends, without a clean close from the page's point of view.</summary>
    public async Task CutAsync()
    {
        (IWebSocketRoute Page, IWebSocketRoute Server)[] open;
        lock (_gate)
        {
            open = [.. _open];
            _open.Clear();
        }

        Assert.NotEmpty(open);
        foreach (var (page, server) in open)
        {
            await page.CloseAsync(new() { Code = 1001, Reason = "connection lost (test)" });
            await server.CloseAsync(new() { Code = 1001, Reason = "connection lost (test)" });
        }
    }
}
