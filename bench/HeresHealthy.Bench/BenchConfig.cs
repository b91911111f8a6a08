using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace HeresHealthy.Bench;

/// <summary>
/// BenchmarkDotNet's defaults with a fixed iteration count, so that one run of every benchmark fits in a few minutes on
/// two shared cores, and an operations-per-second column (which honours OperationsPerInvoke).
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default.WithWarmupCount(6).WithIterationCount(30).WithId("Bench"))
            .AddColumn(StatisticColumn.OperationsPerSecond);
}
