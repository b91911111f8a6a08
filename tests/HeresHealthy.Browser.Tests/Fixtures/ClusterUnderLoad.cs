using System.Diagnostics;
using HeresHealthy.Testing;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// Two app nodes on PostgreSQL behind nginx (<see cref="Balancer"/>), live clients signed in through it
/// (<see cref="LiveWatcher"/>, at least two on each node) and a <see cref="LoadDriver"/> sending commands through it:
/// what a fault test starts before it does harm, and the checks after it.
/// </summary>
public sealed class ClusterUnderLoad : IAsyncDisposable
{
    private static readonly string[] _loadPractices = ["praxis01", "praxis02", "praxis03", "praxis04"];
    private static readonly string[] _watching = ["koordination", "praxis01", "praxis02", "praxis03", "praxis04"];
    private readonly CancellationTokenSource _stopLoad = new();
    private Task _load = Task.CompletedTask;

    private ClusterUnderLoad(PostgresTarget target, NodeProcess node1, NodeProcess node2, Balancer balancer)
    {
        (Target, Node1, Node2, Balancer) = (target, node1, node2, balancer);
        Load = new LoadDriver(balancer.Address, _loadPractices);
    }

    public PostgresTarget Target { get; }

    public NodeProcess Node1 { get; }

    public NodeProcess Node2 { get; }

    public Balancer Balancer { get; }

    public LoadDriver Load { get; }

    public List<LiveWatcher> Watchers { get; } = [];

    /// <summary>The outbox position before the load began: the watchers must have received everything after it.</summary>
    public long StartPosition { get; private set; }

    public static async Task<ClusterUnderLoad> StartAsync(string? connectionString = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var (target, node1, node2) = await TwoNodeCluster.StartAsync(connectionString, settings);
        var cluster = new ClusterUnderLoad(target, node1, node2, await Balancer.StartAsync(node1, node2));
        for (var i = 0; i < 20 && !cluster.EachNodeHasWatchers(2); i++)
        {
            cluster.Watchers.Add(await LiveWatcher.ConnectAsync(cluster.Balancer.Address, _watching[i % _watching.Length]));
        }

        cluster.StartPosition = await cluster.PositionAsync();
        return cluster;
    }

    public static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
    }

    public void StartLoad() => _load = Load.RunAsync(_stopLoad.Token);

    public async Task StopLoadAsync()
    {
        await _stopLoad.CancelAsync();
        await _load;
    }

    /// <summary>Lets the load run for <paramref name="time"/>.</summary>
    public static Task RunForAsync(TimeSpan time) => Task.Delay(time, TestContext.Current.CancellationToken);

    public IReadOnlyList<LiveWatcher> WatchersOn(NodeProcess node) => [.. Watchers.Where(w => w.Node == node.Address.Authority)];

    /// <summary>
    /// Sends every unacknowledged command again until it is acknowledged, then counts in the database lost and doubled
    /// commands and reports all counts.
    /// </summary>
    public async Task<(int Lost, int Doubled)> SettleAndCountAsync(string fault)
    {
        await Load.SettleAsync(TimeSpan.FromSeconds(60));
        var (lost, doubled) = await Load.CheckStoredAsync(Target.ConnectionString, Target.Schema);
        Report($"{fault}: {Load.Summary()}; in the database: {lost} acknowledged commands lost, {doubled} carried out twice");
        return (lost, doubled);
    }

    /// <summary>
    /// For every watcher, once it is connected again: what a fresh catch-up from the start position returns (the
    /// reference) against what it received live or by its own catch-ups. Missed must be 0; extra too (nothing invented).
    /// </summary>
    public async Task<(int Missed, int Extra, int Reconnected)> CompareWatchersAsync(string fault)
    {
        var (missed, extra, reconnected, pushes) = (0, 0, 0, 0);
        var examples = new List<string>();
        foreach (var watcher in Watchers)
        {
            await Eventually.HoldsAsync(() => watcher.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, $"the watcher on {watcher.Node} connected again", 60);
            var reference = await watcher.CatchUpFromAsync(StartPosition);
            var clock = Stopwatch.StartNew();
            while (reference.Except(watcher.Received).Any() && clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(200); // pushes of the last commits may still be on their way
            }

            var received = watcher.Received.Where(r => r.Position > StartPosition).ToHashSet();
            missed += reference.Count(r => !received.Contains(r));
            examples.AddRange(reference.Where(r => !received.Contains(r)).Take(3).Select(r => $"{r.Position} {r.Topic} on {watcher.Node} (last seen {watcher.LastPosition}, {watcher.Reconnects} reconnects)"));
            extra += received.Count(r => !reference.Contains(r));
            reconnected += watcher.Reconnects > 0 ? 1 : 0;
            pushes += reference.Count;
        }

        Report($"{fault}: {Watchers.Count} live clients ({string.Join(", ", Watchers.GroupBy(w => w.Node).Select(g => $"{g.Count()} on {g.Key}"))}), " +
               $"{reconnected} reconnected through the balancer ({Watchers.Sum(w => w.CatchUpFailures)} catch-ups refused and tried again); {pushes} pushes due in all, {missed} missed, {extra} not in a fresh catch-up" +
               (examples.Count > 0 ? $"; missed for example: {string.Join("; ", examples.Take(8))}" : ""));
        return (missed, extra, reconnected);
    }

    public async Task<long> PositionAsync() =>
        Convert.ToInt64(await PostgresServer.TextsAsync(Target.ConnectionString, $"SELECT coalesce(max(position), 0)::text FROM {Target.Schema}.grain_events") is [var text] ? text : "0",
            System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_stopLoad.IsCancellationRequested)
        {
            await StopLoadAsync();
        }

        foreach (var watcher in Watchers)
        {
            await watcher.DisposeAsync();
        }

        await Balancer.DisposeAsync();
        await Node1.DisposeAsync();
        await Node2.DisposeAsync();
        _stopLoad.Dispose();
    }

    private bool EachNodeHasWatchers(int count) => WatchersOn(Node1).Count >= count && WatchersOn(Node2).Count >= count;
}
