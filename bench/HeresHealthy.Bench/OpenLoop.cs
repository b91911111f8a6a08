using System.Collections.Concurrent;
using System.Diagnostics;

namespace HeresHealthy.Bench;

/// <summary>
/// Sends requests at a fixed rate whatever the answers take (open loop), each timed from the moment it was due, so a
/// slow answer delays no later request and a backlog shows in the latency (no coordinated omission).
/// </summary>
internal static class OpenLoop
{
    public sealed record Result(int Rate, int Sent, int Failed, double P50, double P99)
    {
        public bool Holds(double p99Limit) => Failed == 0 && P99 < p99Limit;
    }

    /// <summary>Runs <paramref name="send"/> (true: success) <paramref name="rate"/> times a second for <paramref name="duration"/>.</summary>
    public static async Task<Result> RunAsync(int rate, TimeSpan duration, Func<int, Task<bool>> send)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var running = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var index = i;
            running.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await send(index);
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException or Npgsql.NpgsqlException)
                {
                    ok = false;
                }

                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failed);
                }
            }));
        }

        await Task.WhenAll(running);
        var sorted = latencies.Order().ToArray();
        return new Result(rate, total, failed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
