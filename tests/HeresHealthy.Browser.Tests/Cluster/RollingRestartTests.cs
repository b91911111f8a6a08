using System.Diagnostics;
using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// Both nodes restarted one after the other (SIGTERM, start again, then the other) while practices send commands through
/// nginx: no command fails beyond the one retry a client makes, none is lost or carried out twice, and the live clients
/// of each stopped node reconnect through the balancer and catch up exactly what they missed.
/// </summary>
public sealed class RollingRestartTests
{
    [Fact]
    public async Task A_rolling_restart_under_load_fails_no_command_beyond_the_one_retry()
    {
        await using var cluster = await ClusterUnderLoad.StartAsync();
        cluster.StartLoad();
        await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(3));
        var began = cluster.Load.Clock.Elapsed;
        foreach (var node in new[] { cluster.Node1, cluster.Node2 })
        {
            var clock = Stopwatch.StartNew();
            await node.StopAsync();
            var stopped = clock.Elapsed;
            await node.StartAgainAsync();
            ClusterUnderLoad.Report($"rolling restart: {node.Address.Authority} stopped in {stopped.TotalSeconds:F1} s (SIGTERM to exit) and was healthy again {(clock.Elapsed - stopped).TotalSeconds:F1} s later");
            await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(3));
        }

        await cluster.StopLoadAsync();
        ClusterUnderLoad.Report($"rolling restart: the longest time without an acknowledged command was {cluster.Load.LongestPauseSince(began).TotalSeconds:F1} s");
        var (lost, doubled) = await cluster.SettleAndCountAsync("rolling restart under load");
        var (missed, extra, _) = await cluster.CompareWatchersAsync("rolling restart under load");

        Assert.Equal((0, 0), (lost, doubled));
        Assert.All(cluster.Load.Sent, c => Assert.True(c.Outcome is Outcome.Acknowledged or Outcome.AcknowledgedOnRetry, $"{c.Kind} {c.CommandId}: {c.Outcome} ({c.Failure})"));
        Assert.Equal((0, 0), (missed, extra));
    }
}
