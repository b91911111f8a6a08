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
}
