using HeresHealthy.Grains;
using HeresHealthy.Testing;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>Two app processes on a fresh PostgreSQL schema, one Orleans cluster; the demo network seeded by a third silo that joins and leaves.</summary>
public static class TwoNodeCluster
{
    public static async Task<(PostgresTarget Target, NodeProcess Node1, NodeProcess Node2)> StartAsync()
    {
        var target = new PostgresTarget();
        await using (var seeder = await SiloNode.StartAsync(target, services: services => services.AddHeresHealthyGrains()))
        {
            await DemoSeeding.SeedAsync(seeder.Grains, DateTimeOffset.UtcNow);
        }

        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = PostgresServer.ConnectionString,
            ["Storage:Schema"] = target.Schema,
            ["Silo:Address"] = "127.0.0.1",
            ["RateLimits:SignInsPerMinute"] = "100000",
            ["RateLimits:ReferralBurst"] = "100000",
            ["RateLimits:ReferralsPerHour"] = "100000",
        };
        var node1 = await NodeProcess.StartAsync(settings);
        var node2 = await NodeProcess.StartAsync(settings);
        return (target, node1, node2);
    }
}
