using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Network;

/// <summary>An account an admin made: a first password to change at once, a reset that ends every session, disabling.</summary>
public abstract class AccountLifecycleTests<TTarget> where TTarget : StorageTarget, new()
{
    private const string First = "erstes-Passwort-1";
    private readonly TTarget _target = new();

    private static async Task<(INetworkGrain Network, IAccountGrain Account, string User)> CoordinatorAsync(SiloNode node)
    {
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Id());
        var user = $"k{Sample.Id()[..12]}";
        Assert.True((await network.CreateAccountAsync("create", new AccountProfile(user, "Koordination", ActorRole.Coordinator, "", ""), First)).Accepted);
        return (network, node.Grains.GetGrain<IAccountGrain>(user), user);
    }

    [Fact]
    public async Task A_first_password_signs_in_only_to_be_changed_and_the_change_ends_the_other_sessions()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var (network, account, user) = await CoordinatorAsync(node);

        var first = await account.SignInAsync(First);
        var wrong = await account.ChangePasswordAsync("falsch-falsch-1", "mein-Passwort-2026");
        var same = await account.ChangePasswordAsync(First, First);
        var changed = await account.ChangePasswordAsync(First, "mein-Passwort-2026");
        var again = await account.SignInAsync("mein-Passwort-2026");

        Assert.True(first is { Succeeded: true, MustChangePassword: true });
        Assert.Equal(("currentPassword", "newPassword"), (wrong.Refusal!.Field, same.Refusal!.Field));
        Assert.NotEqual(first.SecurityStamp, changed.SecurityStamp);
        Assert.False(await account.IsSessionValidAsync(first.SecurityStamp!, "s-1"));
        Assert.True(again is { Succeeded: true, MustChangePassword: false });
        Assert.Equal((user, network.GetPrimaryKeyString()), (again.Profile!.UserName, again.Profile.Network));
        Assert.False((await account.SignInAsync(First)).Succeeded);
    }

    [Fact]
    public async Task A_reset_ends_every_session_and_demands_a_change_and_disabling_refuses_sign_in_until_enabled()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var (network, account, user) = await CoordinatorAsync(node);
        await account.ChangePasswordAsync(First, "mein-Passwort-2026");
        var session = await account.SignInAsync("mein-Passwort-2026");

        Assert.True((await network.ResetPasswordAsync("reset", user, "zweites-Passwort-2")).Accepted);
        Assert.False(await account.IsSessionValidAsync(session.SecurityStamp!, "s-1"));
        var afterReset = await account.SignInAsync("zweites-Passwort-2");
        Assert.True(afterReset is { Succeeded: true, MustChangePassword: true });

        Assert.True((await network.SetAccountDisabledAsync("disable", user, true)).Accepted);
        Assert.True((await network.SetAccountDisabledAsync("disable", user, true)).Repeated);
        Assert.False(await account.IsSessionValidAsync(afterReset.SecurityStamp!, "s-2"));
        Assert.True(await account.SignInAsync("zweites-Passwort-2") is { Succeeded: false, Disabled: true });
        Assert.True((await account.GetSummaryAsync())!.Disabled);

        Assert.True((await network.SetAccountDisabledAsync("enable", user, false)).Accepted);
        Assert.True((await account.SignInAsync("zweites-Passwort-2")).Succeeded);
    }

    [Fact]
    public async Task An_existing_user_name_a_short_first_password_and_a_practice_account_without_a_practice_are_refused()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var (network, _, user) = await CoordinatorAsync(node);

        var taken = await network.CreateAccountAsync("again", new AccountProfile(user, "Andere", ActorRole.Kiosk, "", ""), First);
        var shortPassword = await network.CreateAccountAsync("short", new AccountProfile($"{user}x", "Kiosk", ActorRole.Kiosk, "", ""), "kurz");
        var noPractice = await network.CreateAccountAsync("orphan", new AccountProfile($"{user}y", "Praxis", ActorRole.Practice, "gibt-es-nicht", ""), First);
        var system = await network.CreateAccountAsync("system", new AccountProfile($"{user}z", "System", ActorRole.System, "", ""), First);

        Assert.Equal((RefusalCode.InvalidState, "userName"), (taken.Refusal!.Code, taken.Refusal.Field));
        Assert.Equal(("firstPassword", "entityId", "role"), (shortPassword.Refusal!.Field, noPractice.Refusal!.Field, system.Refusal!.Field));
        Assert.Single((await network.GetSetupAsync()).Accounts);
    }
}

public sealed class MemoryAccountLifecycleTests : AccountLifecycleTests<MemoryTarget>;

public sealed class PostgresAccountLifecycleTests : AccountLifecycleTests<PostgresTarget>;
