using Microsoft.Playwright;

namespace HeresHealthy.LiveBench;

/// <summary>
/// Stamps, in the page, when the round's marker reaches the DOM and when the WebSocket message before it arrived, and
/// reports both through a binding (a DevTools event the page sends after the stamp): during a round the driver sends the
/// browser nothing, so its own DevTools traffic does not compete with the push on either side.
/// </summary>
internal sealed class DomProbe
{
    // Installed with EvaluateAsync (the app's CSP allows no inline script). Stamps performance.timeOrigin +
    // performance.now() in the observer callback, i.e. in the microtask right after the task that changed the DOM, and
    // keeps with it the stamp of the last WebSocket message event before it (see WebSocketStampScript).
    private const string ObserverScript = """
        () => {
            const list = document.getElementById('vermittlungen');
            const bench = { expect: null };
            bench.arm = (marker) => { bench.expect = marker; };
            new MutationObserver((records) => {
                const t = performance.timeOrigin + performance.now();
                if (bench.expect === null) return;
                for (const record of records) {
                    for (const node of record.addedNodes) {
                        if (node.nodeType === 1 && node.textContent.includes(bench.expect)) {
                            bench.expect = null;
                            // Reported once the change has been rendered (the next frame, then a task), so that the
                            // next round does not meet this one's style, layout and paint on the page's main thread.
                            const messageAt = window.__wsMessageAt ?? 0;
                            requestAnimationFrame(() => setTimeout(() => window.__benchHit(t, messageAt), 0));
                            return;
                        }
                    }
                }
            }).observe(list, { childList: true, subtree: true });
            window.__bench = bench;
        }
        """;

    /// <summary>
    /// Added to a context before any page script runs (a DevTools init script, not subject to the page's CSP): every
    /// WebSocket stamps when its message event starts, in a listener registered before SignalR sets onmessage. Splits
    /// t_dom into the arrival in the page's main thread and the page's own work (SignalR's parse and the handlers).
    /// </summary>
    public const string WebSocketStampScript = """
        (() => {
            const Native = window.WebSocket;
            window.WebSocket = class extends Native {
                constructor(...args) {
                    super(...args);
                    this.addEventListener('message', () => { window.__wsMessageAt = performance.timeOrigin + performance.now(); });
                }
            };
        })();
        """;

    private readonly IPage _page;
    private TaskCompletionSource<(double Dom, double MessageAt)>? _hit;

    private DomProbe(IPage page) => _page = page;

    public static async Task<DomProbe> InstallAsync(IPage page)
    {
        var probe = new DomProbe(page);
        Func<double, double, bool> onHit = (dom, messageAt) => probe._hit?.TrySetResult((dom, messageAt)) ?? false;
        await page.ExposeFunctionAsync("__benchHit", onHit);
        await page.EvaluateAsync(ObserverScript);
        return probe;
    }

    /// <summary>Latency = t_dom − start; Start as <paramref name="change"/> returned it; MessageAt: the last WebSocket message event before t_dom. Null after 15 s.</summary>
    public async Task<(double Latency, double Start, double MessageAt)?> RoundAsync(string marker, Func<Task<double>> change)
    {
        var hit = new TaskCompletionSource<(double, double)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _hit = hit;
        await _page.EvaluateAsync("(marker) => window.__bench.arm(marker)", marker);
        var start = await change();
        if (await Task.WhenAny(hit.Task, Task.Delay(TimeSpan.FromSeconds(15))) != hit.Task)
        {
            return null;
        }

        var (dom, messageAt) = await hit.Task;
        return (dom - start, start, messageAt);
    }
}
