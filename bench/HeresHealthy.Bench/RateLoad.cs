using System.Globalization;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Testing.Processes;

namespace HeresHealthy.Bench;

/// <summary>
/// The highest command rate at which p99 stays under 100 ms: practices' messages to their cases (a case grain's write
/// of state, event and audit row, read-your-writes wait included), sent open-loop through Debian's nginx, to one app
/// node and to two nodes of one cluster, against raw Npgsql writing the same case states and events at the same rates.
/// Rates step up until a setup saturates (its median over 100 ms, or more than 1 % failed); on a shared machine a single
/// step's p99 can miss by a pause of another process, so every rate up to saturation is measured. Usage (bench/cluster.sh rate):
/// <c>scripts/with-postgres.sh dotnet bench/HeresHealthy.Bench/bin/Release/net10.0/HeresHealthy.Bench.dll rate</c>.
/// </summary>
internal static class RateLoad
{
    private const int Cases = 480; // spread over the twelve demo practices; a case's state grows with its messages
    private const double P99LimitMs = 100;
    private static readonly int[] _rates = [25, 50, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1200];
    private static readonly TimeSpan _step = TimeSpan.FromSeconds(8);

    public static async Task RunAsync()
    {
        var cluster = await BenchCluster.SeedAsync();
        Console.WriteLine($"rate: {Environment.ProcessorCount} cores, load {Machine.Load}; schema {cluster.Target.Schema}; {_step.TotalSeconds:F0} s per step");
        await using var node1 = await cluster.StartNodeAsync();
        await using var node2 = await cluster.StartNodeAsync();
        var practices = await SignInAllAsync(node1.Address);
        var cases = new List<(int Practice, string CaseId)>();
        for (var i = 0; i < Cases; i++)
        {
            cases.Add((i % practices.Count, await BenchCluster.ReferAsync(practices[i % practices.Count])));
        }

        var results = new Dictionary<string, List<OpenLoop.Result>>();
        await node2.StopAsync();
        await using (var one = await Balancer.StartAsync(node1))
        {
            results["one node"] = await StepAsync("one node", cases, await SignInAllAsync(one.Address));
        }

        await node2.StartAgainAsync();
        await using (var two = await Balancer.StartAsync(node1, node2))
        {
            results["two nodes"] = await StepAsync("two nodes", cases, await SignInAllAsync(two.Address));
        }

        results["raw Npgsql"] = await RawAsync(cluster, cases);
        Report(results);
    }

    private static async Task<List<HttpClient>> SignInAllAsync(Uri address) =>
        [.. await Task.WhenAll(Enumerable.Range(1, 12).Select(i => BenchCluster.SignInAsync(address, $"praxis{i:00}")))];

    private static async Task<List<OpenLoop.Result>> StepAsync(string setup, List<(int Practice, string CaseId)> cases, List<HttpClient> practices)
    {
        var locks = cases.Select(_ => new SemaphoreSlim(1)).ToArray(); // one message per case at a time, as one person types
        return await StepRatesAsync(setup, async i =>
        {
            var (practice, caseId) = cases[i % cases.Count];
            await locks[i % cases.Count].WaitAsync();
            try
            {
                using var response = await BenchCluster.MessageAsync(practices[practice], caseId, "Rückruf erbeten.");
                return response.IsSuccessStatusCode;
            }
            finally
            {
                locks[i % cases.Count].Release();
            }
        });
    }

    /// <summary>The floor: the cases' states and last events as stored now, written by raw Npgsql (one statement each) to rows of its own.</summary>
    private static async Task<List<OpenLoop.Result>> RawAsync(BenchCluster cluster, List<(int Practice, string CaseId)> cases)
    {
        await using var raw = BenchPostgres.RawDataSource(cluster.Target.ConnectionString);
        var stored = await DirectPayloadWriter.ReadCasesAsync(raw, cluster.Target.Schema, [.. cases.Select(c => c.CaseId)]);
        var sql = new PostgresSql(cluster.Target.Schema);
        var writers = stored.Select((s, i) => (Writer: new DirectPayloadWriter(raw, sql, new StateId("ratefloor", $"case-{i}"), "bench", s.Payload, s.Event), Lock: new SemaphoreSlim(1))).ToArray();
        Console.WriteLine($"raw Npgsql writes the {stored.Count} cases' states as stored after the app's steps: {stored.Average(s => s.Payload.Length):F0} characters on average");
        return await StepRatesAsync("raw Npgsql", async i =>
        {
            var (writer, gate) = writers[i % writers.Length];
            await gate.WaitAsync();
            try
            {
                await writer.WriteAsync();
                return true;
            }
            finally
            {
                gate.Release();
            }
        });
    }

    private static async Task<List<OpenLoop.Result>> StepRatesAsync(string setup, Func<int, Task<bool>> send)
    {
        // Warm-up: a node that just (re)started compiles its code paths and the cluster places grains on it.
        await OpenLoop.RunAsync(100, TimeSpan.FromSeconds(15), send);
        var results = new List<OpenLoop.Result>();
        foreach (var rate in _rates)
        {
            var result = await OpenLoop.RunAsync(rate, _step, send);
            results.Add(result);
            Console.WriteLine(FormattableString.Invariant($"{setup}: {rate}/s: {result.Sent} sent, {result.Failed} failed, p50 {result.P50:F1} ms, p99 {result.P99:F1} ms; load {Machine.Load}"));
            if (result.P50 > P99LimitMs || result.Failed > result.Sent / 100)
            {
                break; // saturated: the median itself is over the limit
            }
        }

        return results;
    }

    private static void Report(Dictionary<string, List<OpenLoop.Result>> results)
    {
        Console.WriteLine();
        Console.WriteLine("| rate/s | " + string.Join(" | ", results.Keys.Select(k => $"{k}: p50 / p99 ms (failed)")) + " |");
        Console.WriteLine("|---|" + string.Concat(results.Keys.Select(_ => "---|")));
        foreach (var rate in _rates.Where(r => results.Values.Any(v => v.Any(x => x.Rate == r))))
        {
            Console.WriteLine($"| {rate} | " + string.Join(" | ", results.Values.Select(v => v.FirstOrDefault(x => x.Rate == rate) is { } x
                ? FormattableString.Invariant($"{x.P50:F1} / {x.P99:F1} ({x.Failed})")
                : "–")) + " |");
        }

        var highest = results.ToDictionary(r => r.Key, r => r.Value.Where(x => x.Holds(P99LimitMs)).Select(x => x.Rate).DefaultIfEmpty(0).Max());
        Console.WriteLine();
        Console.WriteLine(string.Join("; ", highest.Select(h => $"{h.Key}: {h.Value}/s")) + $" (highest rate with p99 < {P99LimitMs} ms and no failure)");
        if (highest["one node"] > 0 && highest["raw Npgsql"] > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scaling two nodes / one node: {highest["two nodes"] / (double)highest["one node"]:F2}; one node / raw Npgsql: {highest["one node"] / (double)highest["raw Npgsql"]:F2}; two nodes / raw Npgsql: {highest["two nodes"] / (double)highest["raw Npgsql"]:F2}"));
        }
    }
}
