using System.Diagnostics;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// kill -9 of one of two nodes while practices send commands through nginx: every acknowledged command is stored once,
/// commands in flight get a German 503 or succeed on the one retry (never twice), the dead node's grains answer from
/// the survivor, the deadlines of its reminders fire there, and its live clients reconnect through the balancer and
/// catch up exactly what they missed.
/// </summary>
public sealed class KillUnderLoadTests(BrowserApp app)
{
    private static readonly TimeSpan _urgentDeadline = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Kill_9_of_a_node_under_load_loses_nothing_acknowledged_and_doubles_nothing()
    {
        await using var cluster = await ClusterUnderLoad.StartAsync(settings: new Dictionary<string, string>
        {
            ["Protocol:DefaultDeadlines:AssignUrgent"] = _urgentDeadline.ToString(),
        });
        var urgent = await ReferUrgentFamiliesAsync(cluster, 10);
        cluster.StartLoad();
        await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(4));

        var victim = cluster.Node2;
        var survivor = cluster.Node1;
        var killedAt = await cluster.PositionAsync();
        victim.Kill();
        var clock = Stopwatch.StartNew();
        var fault = cluster.Load.Clock.Elapsed;
        await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(10));
        await cluster.StopLoadAsync();
        ClusterUnderLoad.Report($"kill -9 of {victim.Address.Authority} (outbox position {killedAt}): the longest time without an acknowledged command after it was " +
                                $"{cluster.Load.LongestPauseSince(fault).TotalSeconds:F1} s");

        var (lost, doubled) = await cluster.SettleAndCountAsync("kill -9 under load");
        var answered = await CountAnsweringAsync(cluster);
        var fired = await WaitForDeadlinesAsync(cluster, urgent, clock);
        var (missed, extra, reconnected) = await cluster.CompareWatchersAsync("kill -9 under load");

        Assert.Equal((0, 0), (lost, doubled));
        Assert.DoesNotContain(cluster.Load.Sent, c => c.Outcome == Outcome.FailedOtherwise);
        Assert.All(cluster.Load.Sent, c => Assert.True(c.Acknowledged, $"{c.Kind} {c.CommandId} was never acknowledged"));
        Assert.Equal(cluster.Load.Sent.Count(c => c.Kind == CommandKind.Referral), answered);
        Assert.Equal(urgent.Count, fired);
        Assert.Equal((0, 0), (missed, extra));
        Assert.True(reconnected >= cluster.WatchersOn(victim).Count, $"{reconnected} watchers reconnected; {cluster.WatchersOn(victim).Count} were on the killed node");
    }

    /// <summary>Urgent referrals ("the family is in the practice") whose assignment deadline falls due after the kill.</summary>
    private async Task<IReadOnlyList<string>> ReferUrgentFamiliesAsync(ClusterUnderLoad cluster, int count)
    {
        using var practice = await app.ApiAsync("praxis05", cluster.Balancer.Address);
        var cases = new List<string>();
        for (var i = 0; i < count; i++)
        {
            cases.Add(await Referral.New(urgent: true).SubmitThroughApiAsync(practice));
        }

        return cases;
    }

    /// <summary>Every referral the load made answers its practice through the balancer (its grain may have lived on the dead node).</summary>
    private async Task<int> CountAnsweringAsync(ClusterUnderLoad cluster)
    {
        var answered = 0;
        foreach (var byPractice in cluster.Load.Sent.Where(c => c.Kind == CommandKind.Referral).GroupBy(c => c.Practice))
        {
            using var practice = await app.ApiAsync(byPractice.Key, cluster.Balancer.Address);
            foreach (var referral in byPractice)
            {
                using var response = await practice.GetAsync($"/api/referrals/{referral.CaseId}", TestContext.Current.CancellationToken);
                answered += response.IsSuccessStatusCode ? 1 : 0;
            }
        }

        return answered;
    }

    /// <summary>Waits until each urgent case recorded its missed assignment deadline; reports where and when.</summary>
    private static async Task<int> WaitForDeadlinesAsync(ClusterUnderLoad cluster, IReadOnlyList<string> cases, Stopwatch sinceKill)
    {
        var keys = string.Join(", ", cases.Select(c => $"'{c}'"));
        var sql = $"SELECT DISTINCT ON (grain_key) node FROM {cluster.Target.Schema}.grain_events WHERE grain_type = 'case' AND event_type = 'DeadlineMissed' AND grain_key IN ({keys}) ORDER BY grain_key, position";
        IReadOnlyList<string> nodes = [];
        await Eventually.HoldsAsync(async () => (nodes = await PostgresServer.TextsAsync(cluster.Target.ConnectionString, sql)).Count >= cases.Count,
            "every urgent case's missed deadline is recorded", 120);
        ClusterUnderLoad.Report($"kill -9 under load: {nodes.Count} of {cases.Count} urgent assignment deadlines ({_urgentDeadline.TotalSeconds:F0} s after referral) fired after the kill, " +
                                $"recorded by {string.Join(", ", nodes.GroupBy(n => n).Select(g => $"{g.Key} ({g.Count()})"))}, the last {sinceKill.Elapsed.TotalSeconds:F1} s after it at the latest");
        return nodes.Count;
    }
}
