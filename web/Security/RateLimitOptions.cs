namespace HeresHealthy.Web.Security;

/// <summary>The configuration section "RateLimits".</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts per client address and minute; lockout after 5 failures protects each account besides.</summary>
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>API and hub requests without a session per client address and minute (sign-in attempts count here too).</summary>
    public int AnonymousPerMinute { get; set; } = 60;

    /// <summary>Referrals one practice account may create at once.</summary>
    public int ReferralBurst { get; set; } = 20;

    /// <summary>Referrals per account and hour after the burst is used up.</summary>
    public int ReferralsPerHour { get; set; } = 60;
}
