using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.Accounts;

namespace HeresHealthy.Grains.Accounts;

public sealed class AccountState : OutboxState
{
    public AccountProfile? Profile { get; set; }

    public string? PasswordHash { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Sessions signed out one by one, until a cookie of theirs would have expired anyway.</summary>
    public Dictionary<string, DateTimeOffset> EndedSessions { get; set; } = [];

    /// <summary>A disabled account cannot sign in and has no valid session.</summary>
    public bool Disabled { get; set; }

    /// <summary>The password was set by an admin (a first password or a reset): it must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The admin commands this account carried out (create, reset, disable), so that a repeated one counts once.</summary>
    public HashSet<string> Processed { get; set; } = [];
}
