using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Accounts that attacks may ruin (lock out), made for them through the account grain, so that no demo account
/// another test signs in with is touched. Each call makes a fresh one.
/// </summary>
public static class AttackAccounts
{
    public static async Task<string> NewPracticeAccountAsync(WebApp app)
    {
        var userName = $"angriffsziel-{Guid.NewGuid():N}"[..24];
        var profile = new AccountProfile(userName, "Praxis Angriffsziel", ActorRole.Practice, "praxis-angriffsziel", DemoUsers.Network);
        var created = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(userName).SetAsync(profile, DemoAccounts.Password);
        Assert.True(created.Accepted, $"Creating the account {userName} was refused: {created.Refusal}");
        return userName;
    }
}
