using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Grains;
using HeresHealthy.Testing;
using HeresHealthy.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// Two app processes on one PostgreSQL database form one Orleans cluster (membership in the database): a grain activated
/// through one node answers through the other, and a coordinator whose browser is connected to node 1 sees live a
/// referral sent through node 2. The demo network is seeded by a third silo that joins the cluster and leaves.
/// </summary>
public sealed class TwoNodeClusterTests(BrowserApp app)
{
    [Fact]
    public async Task Two_processes_on_one_database_are_one_cluster_and_a_browser_on_node_1_sees_live_what_node_2_did()
    {
        var target = new PostgresTarget();
        await SeedDemoAsync(target);
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = PostgresServer.ConnectionString,
            ["Storage:Schema"] = target.Schema,
            ["Silo:Address"] = "127.0.0.1",
            ["RateLimits:SignInsPerMinute"] = "100000",
        };
        await using var node1 = await NodeProcess.StartAsync(settings);
        await using var node2 = await NodeProcess.StartAsync(settings);
        Assert.Equal(2L, await PostgresServer.ScalarAsync($"SELECT count(*) FROM {target.Schema}.orleans_membership WHERE status = 3"));

        await using var koordination = await app.SignInAsync("koordination", app: node1.Address);
        await koordination.WaitUntilLiveAsync();
        await koordination.MarkPageAsync();
        using var praxisOnNode2 = await app.ApiAsync("praxis03", node2.Address);
        var referral = Referral.New();
        var caseId = await referral.SubmitThroughApiAsync(praxisOnNode2);

        await Expect(referral.OnBoardQueue(koordination.Page)).ToHaveCountAsync(1);
        using var praxisOnNode1 = await app.ApiAsync("praxis03", node1.Address);
        using var view = await praxisOnNode1.GetAsync($"/api/referrals/{caseId}", TestContext.Current.CancellationToken);
        Assert.True(view.IsSuccessStatusCode, $"node 1 answers for the case node 2 created: {(int)view.StatusCode}\n{node1.Output}");
        await koordination.AssertNotReloadedAsync();
    }

    private static async Task SeedDemoAsync(PostgresTarget target)
    {
        await using var seeder = await SiloNode.StartAsync(target, services: services => services.AddHeresHealthyGrains());
        await DemoSeeding.SeedAsync(seeder.Grains, DateTimeOffset.UtcNow);
    }
}
