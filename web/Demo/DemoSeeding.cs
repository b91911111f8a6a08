using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Demo;

namespace HeresHealthy.Web.Demo;

/// <summary>Seeds the fictitious demo network and its accounts when the app runs on its embedded default; never in production.</summary>
public sealed class DemoSeeding(IGrainFactory grains, TimeProvider time, ILogger<DemoSeeding> logger) : IHostedService
{
    /// <summary>Seeds the demo network and its accounts into whatever storage the grains use (tests and benchmarks on PostgreSQL too).</summary>
    public static async Task<(DemoNetwork Demo, IReadOnlyList<AccountProfile> Accounts)> SeedAsync(IGrainFactory grains, DateTimeOffset now)
    {
        var demo = new DemoNetwork();
        await DemoSeeder.SeedAsync(grains, demo, now);
        var accounts = DemoAccounts.For(demo);
        foreach (var account in accounts)
        {
            await grains.GetGrain<IAccountGrain>(account.UserName).SetAsync(account, DemoAccounts.Password);
        }

        return (demo, accounts);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (demo, accounts) = await SeedAsync(grains, time.GetUtcNow());
        logger.DemoSeeded(demo.Practices.Count, demo.Lotsinnen.Count, demo.Families.Count);
        logger.DemoAccounts(
            string.Join(Environment.NewLine, accounts.Select(a => $"  {a.UserName,-14} {a.Role,-12} {a.DisplayName}")),
            DemoAccounts.Password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
