using System.Diagnostics;

namespace HeresHealthy.LiveBench;

/// <summary>Clocks: Unix ms with fractions (compared with the browser's performance.timeOrigin + performance.now()), and a monotonic ms for .NET-only timings.</summary>
public static class Clock
{
    public static double UnixMs() => DateTimeOffset.UtcNow.Ticks / (double)TimeSpan.TicksPerMillisecond - DateTimeOffset.UnixEpoch.Ticks / (double)TimeSpan.TicksPerMillisecond;

    public static double MonotonicMs() => Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
}

/// <summary>Median and p99 (nearest rank) of a sample in ms.</summary>
public sealed record Summary(int Count, double Median, double P99, double Min, double Max)
{
    public static Summary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = values.Order().ToArray();
        return new Summary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[0], sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Row(string name) =>
        FormattableString.Invariant($"| {name} | {Count} | {Median:F2} | {P99:F2} | {Min:F2} | {Max:F2} |");
}
