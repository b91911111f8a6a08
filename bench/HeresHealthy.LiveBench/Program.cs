using System.Globalization;
using System.Text;

// Commit-to-DOM and fan-out latency of the live pushes, against a bare hub in the same process and run.
// Usage: dotnet run -c Release --project bench/HeresHealthy.LiveBench -- [--changes 1000] [--clients 2000] [--fanout-changes 100] [--out LiveBench.Artifacts]
// PostgreSQL from ConnectionStrings__Postgres if set (bench/live.sh starts one), otherwise a temporary SQLite file.
namespace HeresHealthy.LiveBench;

internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var changes = Option(args, "--changes", 1000);
        var clients = Option(args, "--clients", 2000);
        var fanOutChanges = Option(args, "--fanout-changes", 100);
        var output = OptionText(args, "--out", "LiveBench.Artifacts");
        var root = RepositoryRoot();
        var log = Console.Out;
        var startedAt = DateTimeOffset.UtcNow;
        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();

        // WebApplicationFactory finds a test project's content root from a manifest; for this console app, name it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HERESHEALTHY_WEB", Path.Combine(root, "web"));
        await using var real = new RealApp(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres"));
        await real.StartAsync();
        await using var bare = new BareApp(root);
        await bare.StartAsync();
        log.WriteLine($"real app at {real.BaseAddress} on {real.Storage}; bare hub at {bare.BaseAddress}; load {loadBefore}");

        var browser = new BrowserPart(real, bare, changes, warmup: 20, log);
        var (gen0, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        await browser.RunAsync();
        var gcNote = FormattableString.Invariant(
            $"garbage collections in this process (driver, both apps) during the browser part: {GC.CollectionCount(0) - gen0} (of them gen 2: {GC.CollectionCount(2) - gen2}), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms in all; allocated {(GC.GetTotalAllocatedBytes() - allocated) / (double)(changes + 20) / 1024:F0} KiB per round (both sides, driver included); server GC {System.Runtime.GCSettings.IsServerGC}");
        var loadMiddle = File.ReadAllText("/proc/loadavg").Trim();

        FanOutPart? fanOut = null;
        string? fanOutError = null;
        if (clients > 0)
        {
            fanOut = new FanOutPart(real, bare, clients, fanOutChanges, warmup: 5, log);
            try
            {
                await fanOut.RunAsync();
            }
            catch (Exception error)
            {
                fanOutError = error.ToString();
                log.WriteLine($"fan-out failed: {error}");
            }
        }

        var endedAt = DateTimeOffset.UtcNow;
        var loadAfter = File.ReadAllText("/proc/loadavg").Trim();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Live bench {startedAt:yyyy-MM-dd HH:mm:ss} to {endedAt:HH:mm:ss} UTC ({(endedAt - startedAt).TotalSeconds:F0} s)");
        report.AppendLine(CultureInfo.InvariantCulture, $"storage: {real.Storage}; ulimit -n (soft) as seen by the process: {FileLimit()}");
        report.AppendLine(CultureInfo.InvariantCulture, $"/proc/loadavg: start {loadBefore}; after browser part {loadMiddle}; end {loadAfter}");
        report.AppendLine(browser.ClockNote);
        report.AppendLine(browser.PageNote);
        report.AppendLine(gcNote);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Browser (Chromium): {changes} changes over {browser.Cases} referrals of praxis01, 20 warm-up rounds not counted; timeouts (15 s): {browser.Timeouts}");
        report.AppendLine(CultureInfo.InvariantCulture, $"payload bytes (LivePush JSON): min {browser.PayloadBytes.DefaultIfEmpty().Min()}, median {Summary.Of([.. browser.PayloadBytes.Select(b => (double)b)]).Median:F0}, max {browser.PayloadBytes.DefaultIfEmpty().Max()}");
        report.AppendLine();
        report.AppendLine("| ms | n | median | p99 | min | max |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        var realDom = Summary.Of(browser.Real);
        var bareDom = Summary.Of(browser.Bare);
        report.AppendLine(realDom.Row("real: t_dom − t_commit (server: dispatcher hands the round's event over)"));
        report.AppendLine(bareDom.Row("bare: t_dom − t_send"));
        report.AppendLine(Summary.Of(browser.RealFromWrite).Row("real: t_dom − state write of the round's event returned"));
        report.AppendLine(Summary.Of(browser.RealFromResponse).Row("real: t_dom − HTTP response arrives (runs 1–9's t_commit)"));
        report.AppendLine(Summary.Of(browser.RealFromRequest).Row("real: t_dom − HTTP request sent (upper bound)"));
        report.AppendLine(Summary.Of(browser.RealArrival).Row("real: WebSocket message event in the page − t_commit (server, socket, browser until the page's main thread)"));
        report.AppendLine(Summary.Of(browser.BareArrival).Row("bare: WebSocket message event in the page − t_send"));
        report.AppendLine(Summary.Of(browser.RealPage).Row("real: t_dom − WebSocket message event (the page: SignalR parse, live.js, praxis.js)"));
        report.AppendLine(Summary.Of(browser.BarePage).Row("bare: t_dom − WebSocket message event (the page: SignalR parse, bare.js)"));
        report.AppendLine(Summary.Of(browser.AllocatedReal).Row("real: KiB allocated in the process during the round (app, driver, Playwright client)"));
        report.AppendLine(Summary.Of(browser.AllocatedBare).Row("bare: KiB allocated in the process during the round (bare hub, driver, Playwright client)"));
        report.AppendLine(CultureInfo.InvariantCulture, $"\nreal rounds without the server's stamps of their own message (left out of the first row): {browser.Unmatched}");
        report.AppendLine(CultureInfo.InvariantCulture, $"\np99 ratio real (server t_commit)/bare: {realDom.P99 / bareDom.P99:F2}; median ratio: {realDom.Median / bareDom.Median:F2}; goal p99 ≤ 1.5 × bare: {(realDom.P99 <= 1.5 * bareDom.P99 ? "met" : "missed")}");
        report.AppendLine(CultureInfo.InvariantCulture, $"p99 ratio with the secondary t_commits, for comparison: state write returned {Summary.Of(browser.RealFromWrite).P99 / bareDom.P99:F2}; HTTP response {Summary.Of(browser.RealFromResponse).P99 / bareDom.P99:F2}; request sent {Summary.Of(browser.RealFromRequest).P99 / bareDom.P99:F2}");
        Breakdown(report, "Real side, browser part: where the time went", browser.Breakdown);
        if (fanOut is not null)
        {
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Fan-out: {clients} .NET hub clients per side, {fanOutChanges} changes, 5 warm-up rounds not counted; connect {fanOut.ConnectSecondsReal:F1} s (real), {fanOut.ConnectSecondsBare:F1} s (bare); timeouts (60 s): {fanOut.Timeouts}");
            if (fanOutError is not null)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"FAILED: {fanOutError.Split('\n')[0]}");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"payload bytes (board LivePush JSON): min {fanOut.PayloadBytes.DefaultIfEmpty().Min()}, max {fanOut.PayloadBytes.DefaultIfEmpty().Max()}");
            report.AppendLine();
            report.AppendLine("| ms, per change | n | median | p99 | min | max |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|");
            var realLast = Summary.Of(fanOut.RealLast);
            var bareLast = Summary.Of(fanOut.BareLast);
            report.AppendLine(realLast.Row($"real: last of {clients} − t_commit (server: dispatcher hands the round's event over)"));
            report.AppendLine(bareLast.Row($"bare: last of {clients} − t_send"));
            report.AppendLine(Summary.Of(fanOut.RealLastFromRequest).Row($"real: last of {clients} − HTTP request sent (upper bound)"));
            report.AppendLine(Summary.Of(fanOut.RealMedian).Row($"real: median of {clients} − t_commit"));
            report.AppendLine(Summary.Of(fanOut.BareMedian).Row($"bare: median of {clients} − t_send"));
            report.AppendLine(CultureInfo.InvariantCulture, $"\nreal rounds without the server's stamps of their own message (left out): {fanOut.Unmatched}");
            report.AppendLine(CultureInfo.InvariantCulture, $"p99 ratio (last connection) real/bare: {realLast.P99 / bareLast.P99:F2}; median ratio: {realLast.Median / bareLast.Median:F2}");
            Breakdown(report, "Real side, fan-out part: where the time went", fanOut.Breakdown);
        }

        log.WriteLine();
        log.WriteLine(report);
        Directory.CreateDirectory(output);
        var file = Path.Combine(output, $"live-{startedAt:yyyy-MM-dd-HH-mm-ss}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        log.WriteLine($"report written to {Path.GetFullPath(file)}");
        var rounds = Path.ChangeExtension(file, ".rounds.csv");
        await File.WriteAllLinesAsync(rounds, [Round.CsvHeader, .. browser.Rounds.Select(round => round.ToCsv())]);
        log.WriteLine($"rounds of the browser part written to {Path.GetFullPath(rounds)}");
        return 0;
    }

    static void Breakdown(StringBuilder report, string title, Dictionary<string, List<double>> stages)
    {
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{title} (stamps around LivePublisher; event time as the grain set it)");
        report.AppendLine();
        report.AppendLine("| stage, ms | n | median | p99 | min | max |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (stage, values) in stages.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            report.AppendLine(Summary.Of(values).Row(stage));
        }
    }

    static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    static string OptionText(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeresHealthy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HeresHealthy.sln not found above " + AppContext.BaseDirectory);
    }

    static string FileLimit()
    {
        var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        return line is null ? "unknown" : string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(3).Take(2));
    }
}
