namespace HeresHealthy.Grains.Accounts;

/// <summary>The lockout rule, for accounts and for names without one alike.</summary>
internal static class Lockout
{
    /// <summary>After one more failed attempt: the failures counted so far, and the end of the lockout if it starts now.</summary>
    public static (int Failures, DateTimeOffset? LockedUntil) AfterFailure(int failures, DateTimeOffset now) =>
        failures + 1 >= AccountGrain.MaxFailedAttempts ? (0, now + AccountGrain.LockoutDuration) : (failures + 1, null);
}
