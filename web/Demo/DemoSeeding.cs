using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Demo;

namespace HeresHealthy.Web.Demo;

/// <summary>Seeds the fictitious demo network and its accounts when the app runs on its embedded default; never in production.</summary>
public sealed class DemoSeeding(IGrainFactory grains, TimeProvider time, ILogger<DemoSeeding> logger) : IHostedService
{
    /// <summary>Seeds the demo network and its accounts into whatever storage the grains use (tests and benchmarks on PostgreSQL too).</summary>
    public static async Task<(DemoNetwork Demo, IReadOnlyList<AccountProfile> Accounts)> SeedAsync(IGrainFactory grains, DateTimeOffset now)
    {
        var demo = new DemoNetwork();
        var accounts = DemoAccounts.For(demo);
        // The accounts hash their passwords (PBKDF2, CPU) while the network's writes wait for the disk.
        var seedingAccounts = SeedAccountsAsync(grains, accounts);
        await DemoSeeder.SeedAsync(grains, demo, now);
        await seedingAccounts;
        return (demo, accounts);
    }

    /// <summary>
    /// One grain per account, so they hash their passwords side by side; an account seeded before keeps its hash (a
    /// restart does not hash twenty passwords again).
    /// </summary>
    private static async Task SeedAccountsAsync(IGrainFactory grains, IReadOnlyList<AccountProfile> accounts)
    {
        await Task.WhenAll(accounts.Select(async account =>
        {
            var grain = grains.GetGrain<IAccountGrain>(account.UserName);
            if (await grain.GetAsync() != account)
            {
                await grain.SetAsync(account, DemoAccounts.Password);
            }
        }));
        foreach (var account in accounts)
        {
            await grains.GetGrain<INetworkGrain>(account.Network).AdoptAccountAsync(account.UserName);
        }
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
