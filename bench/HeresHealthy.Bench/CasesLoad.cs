using System.Diagnostics;
using System.Globalization;
using HeresHealthy.Testing;
using Npgsql;
using NpgsqlTypes;

namespace HeresHealthy.Bench;

/// <summary>
/// N open cases with deadlines on one app node. The cases are copies of a demo referral (state row and Orleans
/// reminder row, written by COPY), made urgent so that each one's assignment deadline falls due at a time of our
/// choosing: one in twenty within a two-minute window after the start, the rest in the coming weeks. Measured: start to
/// healthy with and without them, resident memory with the reminders loaded, how late the window's deadlines fire
/// (DeadlineMissed's time against its due time) while practices send 20 messages a second, and resident memory per case
/// grain the firing activated. Usage: bench/cluster.sh cases [N] (default 100000).
/// </summary>
internal static class CasesLoad
{
    private const string Template = "demo-fall-01";
    private static readonly TimeSpan _urgent = TimeSpan.FromMinutes(15); // the default Protocol:DefaultDeadlines:AssignUrgent
    private static readonly TimeSpan _windowStart = TimeSpan.FromSeconds(75);
    private static readonly TimeSpan _window = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(int cases)
    {
        var cluster = await BenchCluster.SeedAsync();
        Console.WriteLine($"cases: {cases} open cases; {Environment.ProcessorCount} cores, load {Machine.Load}");
        var (plainStart, plainResident) = await StartAndMeasureAsync(cluster, "demo only");

        var origin = DateTimeOffset.UtcNow;
        var inWindow = cases / 20;
        var clock = Stopwatch.StartNew();
        await CopyCasesAsync(cluster.Target, cases, i => i < inWindow
            ? origin + _windowStart + (_window * i / inWindow)
            : origin + TimeSpan.FromDays(1 + (i % 28)) + TimeSpan.FromMinutes(i % 600));
        Console.WriteLine($"{cases} cases and their reminders written in {clock.Elapsed.TotalSeconds:F0} s; {inWindow} fall due between {_windowStart.TotalSeconds:F0} s and {(_windowStart + _window).TotalSeconds:F0} s from now");

        clock.Restart();
        await using var node = await cluster.StartNodeAsync();
        var started = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(20));
        var loaded = ResidentMiB(node.ProcessId);
        Console.WriteLine(FormattableString.Invariant($"with {cases} cases: healthy {started.TotalSeconds:F1} s after the start (demo only: {plainStart.TotalSeconds:F1} s); resident 20 s later {loaded:F0} MiB (demo only: {plainResident:F0} MiB): {(loaded - plainResident) * 1024 / cases:F2} KiB per open case not in memory"));

        var practices = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => BenchCluster.SignInAsync(node.Address, $"praxis{i:00}")));
        var referrals = await Task.WhenAll(practices.Select(BenchCluster.ReferAsync));
        var untilWindow = origin + _windowStart - DateTimeOffset.UtcNow;
        if (untilWindow > TimeSpan.Zero)
        {
            await Task.Delay(untilWindow);
        }

        var before = ResidentMiB(node.ProcessId);
        var load = await OpenLoop.RunAsync(20, _window + TimeSpan.FromSeconds(30), async k =>
        {
            using var response = await BenchCluster.MessageAsync(practices[k % practices.Length], referrals[k % referrals.Length], "Rückruf erbeten.");
            return response.IsSuccessStatusCode;
        });
        var after = ResidentMiB(node.ProcessId);
        var (fired, lateness) = await LatenessAsync(cluster.Target);
        var sorted = lateness.Order().ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"while practices sent 20 messages/s ({load.Sent} sent, {load.Failed} failed, p99 {load.P99:F0} ms): {fired} of {inWindow} deadlines in the window fired, late by p50 {OpenLoop.Percentile(sorted, 0.5) / 1000:F1} s, p99 {OpenLoop.Percentile(sorted, 0.99) / 1000:F1} s, max {(sorted.Length > 0 ? sorted[^1] : double.NaN) / 1000:F1} s"));
        Console.WriteLine(FormattableString.Invariant($"resident {before:F0} MiB before the window, {after:F0} MiB after: {(after - before) * 1024 / Math.Max(1, fired):F1} KiB per case grain the deadlines activated"));
    }

    private static async Task<(TimeSpan Start, double Resident)> StartAndMeasureAsync(BenchCluster cluster, string what)
    {
        var clock = Stopwatch.StartNew();
        await using var node = await cluster.StartNodeAsync();
        var started = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(20));
        var resident = ResidentMiB(node.ProcessId);
        await node.StopAsync();
        Console.WriteLine(FormattableString.Invariant($"{what}: healthy {started.TotalSeconds:F1} s after the start; resident 20 s later {resident:F0} MiB"));
        return (started, resident);
    }

    /// <summary>Copies the template case's state and reminder <paramref name="count"/> times, each urgent and due at <paramref name="dueAt"/>(i).</summary>
    private static async Task CopyCasesAsync(PostgresTarget target, int count, Func<int, DateTimeOffset> dueAt)
    {
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        string payload;
        (string Service, string Name, long Period, int Hash) reminder;
        await using (var read = new NpgsqlCommand($"""
            SELECT s.payload::text, r.service_id, r.reminder_name, r.period, r.grain_hash FROM {target.Schema}.grain_state s
            JOIN {target.Schema}.orleans_reminders r ON r.grain_id = 'case/' || s.grain_key
            WHERE s.grain_type = 'case' AND s.grain_key = '{Template}'
            """, connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            payload = reader.GetString(0);
            reminder = (reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt32(4));
        }

        if (HashOf(Template) != reminder.Hash)
        {
            throw new InvalidOperationException($"The grain hash computed here ({HashOf(Template)}) is not Orleans' ({reminder.Hash}).");
        }

        var statusSince = System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("case").GetProperty("statusSince").GetString()!;
        payload = payload.Replace("\"urgent\": false", "\"urgent\": true", StringComparison.Ordinal);
        var keys = Enumerable.Range(0, count).Select(i => $"last-{i:000000}").ToArray();
        await using (var states = await connection.BeginBinaryImportAsync(
            $"COPY {target.Schema}.grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var since = (dueAt(i) - _urgent).ToString("O", CultureInfo.InvariantCulture);
                await states.StartRowAsync();
                await states.WriteAsync("case");
                await states.WriteAsync(keys[i]);
                await states.WriteAsync(1L);
                await states.WriteAsync(0L);
                await states.WriteAsync(payload.Replace(Template, keys[i], StringComparison.Ordinal).Replace($"\"statusSince\": \"{statusSince}\"", $"\"statusSince\": \"{since}\"", StringComparison.Ordinal), NpgsqlDbType.Jsonb);
                await states.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
                await states.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            }

            await states.CompleteAsync();
        }

        await using (var reminders = await connection.BeginBinaryImportAsync(
            $"COPY {target.Schema}.orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                await reminders.StartRowAsync();
                await reminders.WriteAsync(reminder.Service);
                await reminders.WriteAsync($"case/{keys[i]}");
                await reminders.WriteAsync(reminder.Name);
                await reminders.WriteAsync(dueAt(i), NpgsqlDbType.TimestampTz);
                await reminders.WriteAsync(reminder.Period);
                await reminders.WriteAsync(HashOf(keys[i]));
                await reminders.WriteAsync(0);
            }

            await reminders.CompleteAsync();
        }
    }

    private static int HashOf(string caseKey) => unchecked((int)GrainId.Create("case", caseKey).GetUniformHashCode());

    /// <summary>The copies' missed assignment deadlines: how many, and how late each was recorded (ms).</summary>
    private static async Task<(int Fired, List<double> Lateness)> LatenessAsync(PostgresTarget target)
    {
        var lateness = new List<double>();
        foreach (var row in await PostgresServer.TextsAsync(target.ConnectionString, $"""
            SELECT (extract(epoch FROM occurred_at - (payload->>'dueAt')::timestamptz) * 1000)::text FROM {target.Schema}.grain_events
            WHERE grain_type = 'case' AND grain_key LIKE 'last-%' AND event_type = 'DeadlineMissed'
            """))
        {
            lateness.Add(double.Parse(row, CultureInfo.InvariantCulture));
        }

        return (lateness.Count, lateness);
    }

    private static double ResidentMiB(int processId) => Machine.ResidentKiB(processId) / 1024;
}
