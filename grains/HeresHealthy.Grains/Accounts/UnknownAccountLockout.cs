namespace HeresHealthy.Grains.Accounts;

/// <summary>The lockout an account would have, for a name that has no account: locked after as many failures, as long.</summary>
internal sealed class UnknownAccountLockout
{
    private int _failures;
    private DateTimeOffset? _lockedUntil;

    /// <summary>Counts a failed attempt; true when the name now answers as locked.</summary>
    public bool Fail(DateTimeOffset now)
    {
        if (_lockedUntil > now)
        {
            return true;
        }

        (_failures, _lockedUntil) = Lockout.AfterFailure(_failures, now);
        return _lockedUntil is not null;
    }
}
