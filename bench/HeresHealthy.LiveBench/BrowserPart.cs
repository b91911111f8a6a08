using System.Text.Json;
using Microsoft.Playwright;

namespace HeresHealthy.LiveBench;

/// <summary>
/// Commit to DOM in Debian's Chromium: the practice page of the real app against the bare page, round by round
/// (real change i, then the bare hub pushing the same payload), so that both sides see the same machine load.
/// </summary>
public sealed class BrowserPart(RealApp real, BareApp bare, int changes, int warmup, TextWriter log)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// New referrals of praxis01 made before the page opens, over which the changes are spread: 25, or one per 40
    /// changes for longer runs, so that a case gathers about as many messages (and its view as many bytes) in a run of
    /// 10,000 changes as in one of 1,000.
    /// </summary>
    public int Referrals => Math.Max(25, changes / 40);

    /// <summary>
    /// t_dom − t_commit with t_commit the server's: when the dispatcher handed this round's event to the subscribers
    /// (for a commit on this node straight from the write's result, right after the commit and the dispatcher's wake-up).
    /// </summary>
    public List<double> Real { get; } = [];

    public List<double> Bare { get; } = [];

    /// <summary>t_dom − when the state write of this round's event returned (the transaction had committed).</summary>
    public List<double> RealFromWrite { get; } = [];

    /// <summary>t_dom − when the HTTP response arrived (runs 1 to 9's t_commit; since the audit row is awaited, well after the commit).</summary>
    public List<double> RealFromResponse { get; } = [];

    /// <summary>t_dom − the time just before the HTTP request was sent: an upper bound.</summary>
    public List<double> RealFromRequest { get; } = [];

    /// <summary>Per side: the WebSocket message event starts − t_commit (real) or t_send (bare): server, socket, browser process, until the page's main thread runs the event.</summary>
    public List<double> RealArrival { get; } = [];

    public List<double> BareArrival { get; } = [];

    /// <summary>Per side: t_dom − the WebSocket message event starts: the page's own work (SignalR parse, handlers, DOM).</summary>
    public List<double> RealPage { get; } = [];

    public List<double> BarePage { get; } = [];

    /// <summary>Measured real rounds whose server stamps were missing or not of the round's own message (left out of <see cref="Real"/>).</summary>
    public int Unmatched { get; private set; }

    public List<int> PayloadBytes { get; } = [];

    /// <summary>KiB allocated in this process (the app or the bare hub, the driver, Playwright's client) during each real and each bare round.</summary>
    public List<double> AllocatedReal { get; } = [];

    public List<double> AllocatedBare { get; } = [];

    /// <summary>Every measured round's stamps (Unix ms; NaN where missing), for looking at the slow ones.</summary>
    public List<Round> Rounds { get; } = [];

    /// <summary>Where the real side's time went, per round, in ms (see <see cref="PipelineProbe"/>).</summary>
    public Dictionary<string, List<double>> Breakdown { get; } = [];

    public int Cases { get; private set; }

    public int Timeouts { get; private set; }

    public string ClockNote { get; private set; } = "";

    /// <summary>Each page's JavaScript heap in use and its number of elements after the run (Chromium's performance.memory).</summary>
    public string PageNote { get; private set; } = "";

    public async Task RunAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Debian's Chromium is missing at {ChromiumPath} (apt-get install -y chromium).");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = _chromiumArgs });

        // Messages accumulate in a case's view: spread the changes over enough referrals that the payload stays the
        // size of a busy referral, not of one with a thousand messages.
        using var api = await Api.SignInAsync(real.BaseAddress, "praxis01");
        for (var n = 0; n < Referrals; n++)
        {
            await api.ReferAsync(n);
        }

        var practice = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = real.BaseAddress.ToString(), Locale = "de-DE", TimezoneId = "Europe/Berlin" });
        await practice.AddInitScriptAsync(DomProbe.WebSocketStampScript);
        var page = await practice.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("Benutzername").FillAsync("praxis01");
        await page.GetByLabel("Passwort").FillAsync(Web.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/anmelden", StringComparison.Ordinal));
        await page.GotoAsync("/praxis");
        await page.WaitForFunctionAsync("() => window.heresLive && window.heresLive.state === 'connected'");
        var practiceProbe = await DomProbe.InstallAsync(page);

        var floor = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = bare.BaseAddress.ToString() });
        await floor.AddInitScriptAsync(DomProbe.WebSocketStampScript);
        var barePage = await floor.NewPageAsync();
        await barePage.GotoAsync("/");
        await barePage.WaitForFunctionAsync("() => window.bare && window.bare.state === 'connected'");
        var bareProbe = await DomProbe.InstallAsync(barePage);

        ClockNote = await ClockOffsetAsync(page);
        var cases = await api.MessageableCasesAsync();
        Cases = cases.Count;
        if (cases.Count == 0)
        {
            throw new InvalidOperationException("praxis01 has no referral that accepts a message.");
        }

        log.WriteLine($"browser: praxis01 page connected, {cases.Count} referrals accept messages; {warmup} warm-up + {changes} measured rounds");
        for (var i = 0; i < warmup + changes; i++)
        {
            var caseId = cases[i % cases.Count];
            var marker = $"[lb {i}]";

            // The message event carries the command id but not the text: it ties the server's stamps to this round.
            var commandId = Guid.NewGuid().ToString();

            // Real: t_commit is the server's (the probe's stamp at the dispatcher's hand-over of this round's event);
            // when the HTTP response arrives and when the request was sent are kept as secondary figures.
            real.Probe.Forget(caseId);
            var requested = 0.0;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var collectionsBefore = GC.CollectionCount(0);
            var realLatency = await Rounded(practiceProbe, marker, async () =>
            {
                requested = Clock.UnixMs();
                if (!await api.MessageAsync(caseId, marker, commandId))
                {
                    throw new InvalidOperationException($"The message to {caseId} was refused.");
                }

                return Clock.UnixMs();
            });

            // The same view the practice received, as the bare hub's payload (read after the round, untimed).
            var allocatedReal = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var collectionsReal = GC.CollectionCount(0) - collectionsBefore;
            var view = await api.GetAsync($"/api/referrals/{Uri.EscapeDataString(caseId)}");
            var payload = JsonSerializer.SerializeToElement(new { position = i + 1, topic = "case", caseId, view }, JsonSerializerOptions.Web);
            allocatedBefore = GC.GetTotalAllocatedBytes();
            collectionsBefore = GC.CollectionCount(0);
            var bareLatency = await Rounded(bareProbe, marker, () => bare.PushAsync(payload));
            var allocatedBare = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var collectionsBare = GC.CollectionCount(0) - collectionsBefore;
            if (i >= warmup)
            {
                AllocatedReal.Add(allocatedReal / 1024.0);
                AllocatedBare.Add(allocatedBare / 1024.0);
            }

            if (i >= warmup)
            {
                var round = new Round(i, caseId, payload.GetRawText().Length, requested) { RealCollections = collectionsReal, BareCollections = collectionsBare };
                if (realLatency is { } r)
                {
                    var dom = r.Latency + r.Start;
                    round = round with { RealResponse = r.Start, RealMessage = r.MessageAt, RealDom = dom };
                    RealFromResponse.Add(r.Latency);
                    RealFromRequest.Add(dom - requested);
                    var stages = await real.Probe.SettledAsync(caseId, TimeSpan.FromSeconds(5));
                    if (stages is null || !stages.Payload.Contains($"\"{commandId}\"", StringComparison.Ordinal))
                    {
                        if (Unmatched++ == 0)
                        {
                            log.WriteLine($"browser: round {i} has no server stamps of its own message ({(stages is null ? "none within 5 s" : $"latest event of the case at position {stages.Position}: {stages.Payload}")})");
                        }
                    }
                    else
                    {
                        round = round with { RealDispatched = stages.DispatchedUnix, RealPublished = stages.PublishedUnix, RealWritten = stages.CommittedUnix };
                        Real.Add(dom - stages.DispatchedUnix);
                        RealArrival.Add(r.MessageAt - stages.DispatchedUnix);
                        RealPage.Add(dom - r.MessageAt);
                        if (!double.IsNaN(stages.CommittedUnix))
                        {
                            RealFromWrite.Add(dom - stages.CommittedUnix);
                            Add("2a event raised → state write returned (write and commit)", stages.CommittedUnix - stages.RaisedUnix);
                            Add("2b state write returned → dispatcher hands it over (wake-up, subscribers before the probe; < 0: read from the outbox first)", stages.DispatchedUnix - stages.CommittedUnix);
                        }

                        Add("1 request sent → event raised (HTTP, auth, grain turn)", stages.RaisedUnix - requested);
                        Add("2 event raised → dispatcher hands it over (write, commit, dispatcher wake-up)", stages.DispatchedUnix - stages.RaisedUnix);
                        Add("3 handed over → LivePublisher returned (audience, grain calls, views, serialize, write to group)", stages.PublishedUnix - stages.DispatchedUnix);
                        Add("4 LivePublisher returned → DOM (socket, browser: parse, live.js, render)", dom - stages.PublishedUnix);
                        Add("(HTTP response arrives − dispatcher hands over)", r.Start - stages.DispatchedUnix);
                    }
                }

                if (bareLatency is { } b)
                {
                    Bare.Add(b.Latency);
                    BareArrival.Add(b.MessageAt - b.Start);
                    BarePage.Add(b.Latency + b.Start - b.MessageAt);
                    round = round with { BareSend = b.Start, BareMessage = b.MessageAt, BareDom = b.Latency + b.Start };
                }

                Rounds.Add(round);

                PayloadBytes.Add(payload.GetRawText().Length);
            }

            if ((i + 1) % 100 == 0)
            {
                log.WriteLine($"browser: {i + 1 - warmup} measured rounds done");
            }
        }

        PageNote = $"pages after the run: practice {await PageSizeAsync(page)}; bare {await PageSizeAsync(barePage)}";
        await browser.CloseAsync();
    }

    private void Add(string stage, double ms)
    {
        if (!Breakdown.TryGetValue(stage, out var values))
        {
            Breakdown[stage] = values = [];
        }

        values.Add(ms);
    }

    private async Task<(double Latency, double Start, double MessageAt)?> Rounded(DomProbe probe, string marker, Func<Task<double>> change)
    {
        var result = await probe.RoundAsync(marker, change);
        if (result is null)
        {
            Timeouts++;
        }

        return result;
    }

    private static Task<string> PageSizeAsync(IPage page) => page.EvaluateAsync<string>(
        "() => `JS heap ${(performance.memory.usedJSHeapSize / 1048576).toFixed(1)} MiB, ${document.getElementsByTagName('*').length} elements`");

    /// <summary>The browser clock against .NET's, from the round trip with the smallest delay of 20.</summary>
    private static async Task<string> ClockOffsetAsync(IPage page)
    {
        var best = (Rtt: double.MaxValue, Offset: 0.0);
        for (var i = 0; i < 20; i++)
        {
            var before = Clock.UnixMs();
            var browserNow = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
            var after = Clock.UnixMs();
            if (after - before < best.Rtt)
            {
                best = (after - before, browserNow - (before + after) / 2);
            }
        }

        var drift = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now() - Date.now()");
        return FormattableString.Invariant(
            $"browser clock minus .NET clock: {best.Offset:F2} ms (± {best.Rtt / 2:F2} ms, half the best of 20 round trips); performance.timeOrigin + now() minus Date.now() in the page: {drift:F2} ms");
    }
}
