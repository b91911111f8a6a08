using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using HeresHealthy.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HeresHealthy.Bench;

/// <summary>
/// N live connections on one app node, each signed in as an account of its own: a generated network of N/10 practices
/// with ten staff accounts each (cloned in SQL from the demo's praxis01, same password), every account signed in
/// through the API and connected to the hub as a page is. Measured: the node's resident memory per connection, and at
/// 20 changes a second (a practice's message to its referral, twenty practices in turn) the latency from the event's
/// commit to each of the practice's ten connections, against a bare SignalR hub process with N connections in groups of
/// ten, sent to at the same rate by HTTP (timed from the request's due time). Usage: bench/cluster.sh connections [N] (default 10000).
/// </summary>
internal static class ConnectionsLoad
{
    private const int PerPractice = 10;
    private const int Writers = 20;
    private const int Rate = 20;
    private static readonly TimeSpan _duration = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(int connections)
    {
        var practices = connections / PerPractice;
        var cluster = await BenchCluster.SeedAsync();
        await GenerateAsync(cluster.Target, practices, connections);
        Console.WriteLine($"connections: {connections} accounts of {practices} generated practices; {Environment.ProcessorCount} cores, load {Machine.Load}");
        await using var node = await cluster.StartNodeAsync();

        var clock = Stopwatch.StartNew();
        var cookies = new string[connections];
        await Parallel.ForEachAsync(Enumerable.Range(0, connections), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            cookies[i] = await BenchCluster.SessionCookieAsync(node.Address, Account(i)));
        Console.WriteLine($"{connections} sign-ins in {clock.Elapsed.TotalSeconds:F0} s");

        var writers = new List<(HttpClient Client, string CaseId, int Practice)>();
        for (var w = 0; w < Writers; w++)
        {
            var practice = w * (practices / Writers);
            var client = await BenchCluster.SignInAsync(node.Address, Account(practice * PerPractice));
            writers.Add((client, await BenchCluster.ReferAsync(client), practice));
        }

        var real = await MeasureAsync("app node", node.ProcessId, connections, i => new Uri(node.Address, "/hubs/live"), i => cookies[i], writers.Select(w => w.Practice).ToArray(),
            (k, _) => SendChangeAsync(writers[k % Writers]), positions => CommitTimesAsync(cluster.Target, positions));
        foreach (var (client, _, _) in writers)
        {
            client.Dispose();
        }

        await using var bare = await BareProcess.StartAsync();
        using var pusher = new HttpClient { BaseAddress = bare.Address };
        var payload = real.Payload ?? "{}";
        var floor = await MeasureAsync("bare hub", bare.ProcessId, connections, i => new Uri(bare.Address, $"/hubs/bare?group={i / PerPractice}"), _ => null, writers.Select(w => w.Practice).ToArray(),
            async (k, practice) =>
            {
                using var content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json");
                using var response = await pusher.PostAsync($"/push/{practice}", content);
                return response.IsSuccessStatusCode;
            }, null);

        Console.WriteLine();
        Console.WriteLine($"| {connections} connections, {Rate} changes/s for {_duration.TotalSeconds:F0} s | memory per connection (KiB) | p50 ms | p99 ms | receipts expected | lost |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, result) in new[] { ("app node (signed in, real pushes)", real), ("bare SignalR hub (floor)", floor) })
        {
            Console.WriteLine(FormattableString.Invariant($"| {name} | {result.KiBPerConnection:F1} | {result.P50:F1} | {result.P99:F1} | {result.Expected} | {result.Lost} |"));
        }

        Console.WriteLine(FormattableString.Invariant($"ratio app / bare: p50 {real.P50 / floor.P50:F2}, p99 {real.P99 / floor.P99:F2}, memory per connection {real.KiBPerConnection / floor.KiBPerConnection:F2}; payload {payload.Length} characters"));
    }

    private sealed record Result(double KiBPerConnection, double P50, double P99, int Expected, int Lost, string? Payload);

    private static string Account(int i) => $"last{i:00000}";

    private static async Task<bool> SendChangeAsync((HttpClient Client, string CaseId, int Practice) writer)
    {
        using var response = await BenchCluster.MessageAsync(writer.Client, writer.CaseId, "Rückruf erbeten.");
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Connects <paramref name="count"/> clients, then sends changes at <see cref="Rate"/>/s to the writers' practices and
    /// times each receipt: from the event's commit (its stored time, for the app: <paramref name="commitTimes"/>) or
    /// from the change's due time (the bare hub: the n-th push to a group answers its n-th change).
    /// </summary>
    private static async Task<Result> MeasureAsync(string name, int processId, int count, Func<int, Uri> hub, Func<int, string?> cookie, int[] writerPractices,
        Func<int, int, Task<bool>> change, Func<long[], Task<Dictionary<long, double>>>? commitTimes)
    {
        var before = Machine.ResidentKiB(processId);
        var receipts = new ConcurrentDictionary<int, ConcurrentQueue<(double Mono, double Wall, long Position)>>();
        var clock = Stopwatch.StartNew();
        string? payload = null;
        var measuring = 0;
        var watched = writerPractices.SelectMany(p => Enumerable.Range(p * PerPractice, PerPractice)).ToHashSet();
        var hubs = new HubConnection[count];
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(hub(i), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.SkipNegotiation = true;
                    if (cookie(i) is { } header)
                    {
                        options.Headers["Cookie"] = header;
                    }
                })
                .Build();
            if (watched.Contains(i))
            {
                var queue = receipts.GetOrAdd(i, _ => new ConcurrentQueue<(double, double, long)>());
                connection.On<JsonElement>("Push", push =>
                {
                    if (Volatile.Read(ref measuring) == 1)
                    {
                        var position = push.ValueKind == JsonValueKind.Object && push.TryGetProperty("position", out var p) ? p.GetInt64() : 0;
                        queue.Enqueue((clock.Elapsed.TotalMilliseconds, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), position));
                        payload ??= push.GetRawText();
                    }
                });
            }

            await connection.StartAsync(ct);
            hubs[i] = connection;
        });
        await Task.Delay(TimeSpan.FromSeconds(3)); // settle: pushes of the set-up pass
        var after = Machine.ResidentKiB(processId);
        Console.WriteLine(FormattableString.Invariant($"{name}: {count} connections in {started.Elapsed.TotalSeconds:F0} s; resident {before / 1024:F0} MiB before, {after / 1024:F0} MiB after; load {Machine.Load}"));

        var due = new ConcurrentDictionary<int, List<double>>(); // practice → due times of its changes, in order
        Volatile.Write(ref measuring, 1);
        clock.Restart();
        var result = await OpenLoop.RunAsync(Rate, _duration, async k =>
        {
            var practice = writerPractices[k % writerPractices.Length];
            lock (due)
            {
                due.GetOrAdd(practice, _ => []).Add(k * 1000.0 / Rate);
            }

            return await change(k, practice);
        });
        await Task.Delay(TimeSpan.FromSeconds(5)); // the last pushes
        Volatile.Write(ref measuring, 0);

        var committed = commitTimes is null ? null : await commitTimes([.. receipts.Values.SelectMany(q => q).Select(r => r.Position).Distinct()]);
        var latencies = new List<double>();
        var expected = 0;
        var lost = 0;
        foreach (var practice in writerPractices)
        {
            var times = due.GetValueOrDefault(practice) ?? [];
            foreach (var connection in Enumerable.Range(practice * PerPractice, PerPractice))
            {
                var received = receipts.TryGetValue(connection, out var queue) ? queue.ToArray() : [];
                expected += times.Count;
                lost += Math.Max(0, times.Count - received.Length);
                latencies.AddRange(committed is null
                    ? received.Zip(times, (at, dueAt) => at.Mono - dueAt)
                    : received.Where(r => committed.ContainsKey(r.Position)).Select(r => r.Wall - committed[r.Position]));
            }
        }

        foreach (var chunk in hubs.Chunk(200))
        {
            await Task.WhenAll(chunk.Select(c => c.DisposeAsync().AsTask()));
        }

        var sorted = latencies.Order().ToArray();
        Console.WriteLine(FormattableString.Invariant($"{name}: {result.Sent} changes, {result.Failed} failed; {expected} receipts expected, {lost} lost; p50 {OpenLoop.Percentile(sorted, 0.5):F1} ms, p99 {OpenLoop.Percentile(sorted, 0.99):F1} ms"));
        return new Result((after - before) / (double)count, OpenLoop.Percentile(sorted, 0.5), OpenLoop.Percentile(sorted, 0.99), expected, lost, payload);
    }

    /// <summary>Clones the demo's practice and account rows into <paramref name="practices"/> practices and <paramref name="accounts"/> accounts.</summary>
    private static async Task GenerateAsync(PostgresTarget target, int practices, int accounts)
    {
        await RunSqlAsync(target, $$"""
            INSERT INTO {{target.Schema}}.grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at)
            SELECT 'practice', 'last-' || g, 1, 0,
                   jsonb_set(jsonb_set(payload, '{profile,id}', to_jsonb('last-' || g)), '{profile,name}', to_jsonb('Lastpraxis ' || g)), now(), now()
            FROM {{target.Schema}}.grain_state, generate_series(0, {{practices - 1}}) g
            WHERE grain_type = 'practice' AND grain_key = 'praxis-01';
            INSERT INTO {{target.Schema}}.grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at)
            SELECT 'account', 'last' || lpad(g::text, 5, '0'), 1, 0,
                   jsonb_set(jsonb_set(payload, '{profile,userName}', to_jsonb('last' || lpad(g::text, 5, '0'))), '{profile,entityId}', to_jsonb('last-' || (g / {{PerPractice}}))), now(), now()
            FROM {{target.Schema}}.grain_state, generate_series(0, {{accounts - 1}}) g
            WHERE grain_type = 'account' AND grain_key = 'praxis01';
            """);
    }

    /// <summary>When each event was stored (its occurred_at, set as its command is carried out, just before the commit), in Unix ms.</summary>
    private static async Task<Dictionary<long, double>> CommitTimesAsync(PostgresTarget target, long[] positions)
    {
        await using var connection = new Npgsql.NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT position, extract(epoch FROM occurred_at) * 1000 FROM {target.Schema}.grain_events WHERE position = ANY($1)", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<long[]> { TypedValue = positions });
        await using var reader = await command.ExecuteReaderAsync();
        var times = new Dictionary<long, double>();
        while (await reader.ReadAsync())
        {
            times[reader.GetInt64(0)] = (double)reader.GetDecimal(1);
        }

        return times;
    }

    private static async Task RunSqlAsync(PostgresTarget target, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
