using HeresHealthy.Grains;
using HeresHealthy.Testing;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>Two app processes on a fresh PostgreSQL schema, one Orleans cluster; the demo network seeded by a third silo that joins and leaves.</summary>
public static class TwoNodeCluster
{
    /// <summary>On the test run's PostgreSQL server, or on <paramref name="connectionString"/>'s; <paramref name="settings"/> add to or override the nodes' configuration.</summary>
    public static async Task<(PostgresTarget Target, NodeProcess Node1, NodeProcess Node2)> StartAsync(
        string? connectionString = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var target = new PostgresTarget(connectionString);
        await using (var seeder = await SiloNode.StartAsync(target, services: services => services.AddHeresHealthyGrains()))
        {
            await DemoSeeding.SeedAsync(seeder.Grains, DateTimeOffset.UtcNow);
        }

        var all = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = target.ConnectionString,
            ["Storage:Schema"] = target.Schema,
            ["Silo:Address"] = "127.0.0.1",
            ["RateLimits:SignInsPerMinute"] = "100000",
            ["RateLimits:ReferralBurst"] = "100000",
            ["RateLimits:ReferralsPerHour"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var node1 = await NodeProcess.StartAsync(all);
        var node2 = await NodeProcess.StartAsync(all);
        return (target, node1, node2);
    }
}
