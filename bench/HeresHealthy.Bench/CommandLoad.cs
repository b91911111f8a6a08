using System.Diagnostics;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage.Postgres;

namespace HeresHealthy.Bench;

/// <summary>
/// A load driver (not BenchmarkDotNet): persisted writes on PostgreSQL at 1 and 32 concurrent callers, each caller on
/// a grain (row) of its own, in alternating rounds of a fixed number of writes. Floor: raw Npgsql sending the state and
/// its event in one statement (<see cref="DirectStateWriter"/>). Against it: the same state and event through an
/// Orleans grain on <c>OutboxGrain</c> and <c>OutboxGrainStorage</c> (<see cref="LedgerGrain"/>, as every protocol grain
/// writes), and a protocol command itself (<see cref="AddPracticeMessage"/> spread over 64 fresh referred cases per round:
/// the case's rules, its idempotency record and redacted event; its state grows with each message, so it writes more).
/// Usage: <c>scripts/with-postgres.sh dotnet run -c Release --project bench/HeresHealthy.Bench -- commands [writes per round]</c>.
/// </summary>
internal static class CommandLoad
{
    /// <summary>Fresh referred cases per round, the messages spread over them: a case's state grows with each message.</summary>
    private const int CasesPerRound = 64;

    private static readonly int[] _callers = [1, 32];

    public static async Task RunAsync(int writes)
    {
        var schema = BenchPostgres.NewSchema();
        var connection = BenchPostgres.ConnectionString;
        var options = new StorageOptions { Provider = StorageProviderKind.Postgres, PostgresConnectionString = connection, PostgresSchema = schema };
        var silo = await BenchSilo.StartAsync(new PostgresStorage(connection, schema), options, protocol: true);
        await using var raw = BenchPostgres.RawDataSource(connection);
        try
        {
            await RunRoundsAsync(silo, raw, schema, writes);
        }
        finally
        {
            await silo.DisposeAsync();
            await BenchPostgres.DropSchemaAsync(schema);
        }
    }

    private static async Task RunRoundsAsync(BenchSilo silo, Npgsql.NpgsqlDataSource raw, string schema, int writes)
    {
        var sql = new PostgresSql(schema);
        Console.WriteLine($"commands: {writes} writes per round, {Environment.ProcessorCount} cores, uptime load {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| callers | round | floor: raw Npgsql, ledger (writes/s) | Orleans grain, same write | ratio | floor: raw Npgsql, the cases' largest states | protocol command | ratio | p99 ms: floor / grain / case floor / command |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var callers in _callers)
        {
            for (var round = 0; round <= 3; round++)
            {
                var cases = await ReferAsync(silo, CasesPerRound);
                var messages = 0;
                var floor = await MeasureAsync(callers, writes, i =>
                {
                    var writer = new DirectStateWriter(raw, sql, new StateId("ledger", $"raw-{callers}-{round}-{i}"), silo.NodeId);
                    return () => writer.RecordAsync(1);
                });
                var grain = await MeasureAsync(callers, writes, i =>
                {
                    var ledger = silo.Grains.GetGrain<ILedgerGrain>($"grain-{callers}-{round}-{i}");
                    return () => ledger.RecordAsync(1);
                });
                var command = await MeasureAsync(callers, writes, _ => () => MessageAsync(silo, cases[Interlocked.Increment(ref messages) % cases.Length]));
                var stored = await DirectPayloadWriter.ReadCasesAsync(raw, schema, cases);
                var caseFloor = await MeasureAsync(callers, writes, i =>
                {
                    var (payload, @event) = stored[i % stored.Count];
                    var writer = new DirectPayloadWriter(raw, sql, new StateId("casefloor", $"{callers}-{round}-{i}"), silo.NodeId, payload, @event);
                    return writer.WriteAsync;
                });
                if (round > 0) // round 0 warms up
                {
                    Console.WriteLine($"| {callers} | {round} | {floor.PerSecond:F0} | {grain.PerSecond:F0} | {grain.PerSecond / floor.PerSecond:F2} | {caseFloor.PerSecond:F0} | {command.PerSecond:F0} | {command.PerSecond / caseFloor.PerSecond:F2} | {floor.P99:F2} / {grain.P99:F2} / {caseFloor.P99:F2} / {command.P99:F2} |");
                }
            }
        }
    }

    private static async Task<(double PerSecond, double P99)> MeasureAsync(int callers, int writes, Func<int, Func<Task<long>>> callerOf)
    {
        var work = Enumerable.Range(0, callers).Select(callerOf).ToArray();
        var latencies = new double[writes];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(work.Select(write => Task.Run(async () =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < writes)
            {
                var started = Stopwatch.GetTimestamp();
                await write();
                latencies[mine] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return (writes / elapsed, latencies[(int)(writes * 0.99) - 1]);
    }

    private static async Task<string[]> ReferAsync(BenchSilo silo, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var practice = new Actor(ActorRole.Practice, "p-1", "bench");
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        foreach (var id in ids)
        {
            var refer = new Refer(Guid.NewGuid().ToString("N"), practice, "bench", "Herne", "Wanne", [NeedCategory.Language],
                new FamilyRecord("Ayşe Yılmaz", "Emir", 2024, "0176 1234567", "Bahnhofstraße 12, 44623 Herne", "tr", true),
                new Consent("Ayşe Yılmaz", now, [Consent.Lotsendienst], [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice], now.AddYears(1)),
                false, null);
            var result = await silo.Grains.GetGrain<IFamilyCaseGrain>(id).ExecuteAsync(refer);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"The referral of {id} was refused: {result.Refusal}");
            }
        }

        return ids;
    }

    private static async Task<long> MessageAsync(BenchSilo silo, string caseId)
    {
        var practice = new Actor(ActorRole.Practice, "p-1", "bench");
        var result = await silo.Grains.GetGrain<IFamilyCaseGrain>(caseId).ExecuteAsync(new AddPracticeMessage(Guid.NewGuid().ToString("N"), practice, "Familie kommt Donnerstag."));
        return result.Accepted ? result.Sequence : throw new InvalidOperationException($"The message was refused: {result.Refusal}");
    }
}
