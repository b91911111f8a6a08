using System.Diagnostics;
using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// PostgreSQL stopped (immediate shutdown, as a crash) and started again while practices send commands through nginx
/// to two nodes: while it is down a command gets a German 503 (not a 500, not a hang) and /health says unhealthy on
/// both nodes; afterwards the nodes recover by themselves, nothing acknowledged is lost and nothing is carried out twice,
/// and the live clients get every push they were due.
/// </summary>
public sealed class DatabaseRestartUnderLoadTests(BrowserApp app)
{
    private static readonly TimeSpan _down = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task A_database_restart_under_load_answers_503_meanwhile_and_loses_or_doubles_nothing()
    {
        await using var database = await PrivatePostgres.StartAsync();
        await using var cluster = await ClusterUnderLoad.StartAsync(database.ConnectionString);
        using var practice = await app.ApiAsync("praxis05", cluster.Balancer.Address, TimeSpan.FromSeconds(10));
        var caseId = await Referral.New().SubmitThroughApiAsync(practice);
        cluster.StartLoad();
        await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(3));

        var began = cluster.Load.Clock.Elapsed;
        await database.StopAsync();
        var clock = Stopwatch.StartNew();
        var answers = new List<string>();
        var unhealthy = new HashSet<Uri>();
        while (clock.Elapsed < _down)
        {
            answers.Add(await ProbeCommandAsync(practice, caseId));
            foreach (var node in new[] { cluster.Node1, cluster.Node2 })
            {
                if (await HealthOfAsync(node.Address) != 200)
                {
                    unhealthy.Add(node.Address);
                }
            }

            await Task.Delay(300, TestContext.Current.CancellationToken);
        }

        await database.StartAgainAsync();
        var restarted = clock.Elapsed;
        await Eventually.HoldsAsync(async () => await HealthOfAsync(cluster.Node1.Address) == 200 && await HealthOfAsync(cluster.Node2.Address) == 200, "both nodes healthy again");
        var healthy = clock.Elapsed;
        await ClusterUnderLoad.RunForAsync(TimeSpan.FromSeconds(5));
        await cluster.StopLoadAsync();

        ClusterUnderLoad.Report($"PostgreSQL down for {restarted.TotalSeconds:F1} s under load: a command through the balancer answered {Tally(answers)}; " +
                                $"{unhealthy.Count} of 2 nodes said unhealthy meanwhile; both healthy {(healthy - restarted).TotalSeconds:F1} s after the start; " +
                                $"the longest time without an acknowledged command was {cluster.Load.LongestPauseSince(began).TotalSeconds:F1} s");
        var (lost, doubled) = await cluster.SettleAndCountAsync("database restart under load");
        var (missed, extra, _) = await cluster.CompareWatchersAsync("database restart under load");

        Assert.All(answers.Skip(1), answer => Assert.Equal("503 German", answer)); // the first may still have been carried out
        Assert.Equal(2, unhealthy.Count);
        Assert.Equal((0, 0), (lost, doubled));
        Assert.DoesNotContain(cluster.Load.Sent, c => c.Outcome == Outcome.FailedOtherwise);
        Assert.All(cluster.Load.Sent, c => Assert.True(c.Acknowledged, $"{c.Kind} {c.CommandId} was never acknowledged"));
        Assert.Equal((0, 0), (missed, extra));
    }

    /// <summary>A message to the practice's case: "503 German", another status, or "no answer" (a hang of 10 s or a broken connection).</summary>
    private static async Task<string> ProbeCommandAsync(HttpClient practice, string caseId)
    {
        try
        {
            using var response = await practice.PostAsJsonAsync($"/api/referrals/{caseId}/messages",
                new { commandId = Guid.NewGuid().ToString(), text = "Während die Datenbank neu startet." }, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return (int)response.StatusCode == 503 && body.Contains("Vorübergehend nicht erreichbar", StringComparison.Ordinal) && response.Headers.RetryAfter is not null
                ? "503 German"
                : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return "no answer";
        }
    }

    private static async Task<int> HealthOfAsync(Uri node)
    {
        using var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            return (int)response.StatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    private static string Tally(IEnumerable<string> answers) => string.Join(", ", answers.GroupBy(a => a).Select(g => $"{g.Count()}x {g.Key}"));
}
