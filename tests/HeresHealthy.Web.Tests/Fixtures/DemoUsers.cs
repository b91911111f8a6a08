namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// The seeded demo network (web/Demo/DemoAccounts.cs, grains/HeresHealthy.Grains/Demo/DemoSeeder.cs), and which tests
/// use which account. Tests share one app, so whatever changes an account (lockout, signing out everywhere) or
/// fills a Lotsin's capacity has an account or a Lotsin of its own.
/// </summary>
public static class DemoUsers
{
    public const string Network = "heres-healthy";
    public const string Coordinator = "koordination";
    public const string Kiosk = "kiosk";
    public const string Admin = "admin";
    public const string DataProtectionOfficer = "datenschutz";
    public const string Reporting = "berichte";

    /// <summary>Referral API tests.</summary>
    public const string ReferringPractice = "praxis01";

    /// <summary>A practice that must not see the others' cases.</summary>
    public const string OtherPractice = "praxis02";

    /// <summary>Hub tests.</summary>
    public const string LivePractice = "praxis03";

    /// <summary>The catch-up test, which compares everything one practice's connection received.</summary>
    public const string CatchUpPractice = "praxis04";

    /// <summary>Coordinator's tests (board, assignment, capacity).</summary>
    public const string BoardPractice = "praxis05";

    /// <summary>The Lotsin API tests.</summary>
    public const string LotsinPractice = "praxis06";

    /// <summary>Urgent referrals and the kiosk.</summary>
    public const string UrgentPractice = "praxis07";

    public const string SessionPractice = "praxis08";
    public const string WrongPasswordPractice = "praxis09";
    public const string EverywherePractice = "praxis10";

    /// <summary>The hub test of a session signed out everywhere.</summary>
    public const string SignedOutLivePractice = "praxis11";
    public const string LockoutPractice = "praxis12";

    /// <summary>Demo case seeded in state Referred, of praxis01.</summary>
    public const string ReferredDemoCase = "demo-fall-01";

    /// <summary>On duty (demo), capacity 12: claims of urgent referrals; the kiosk appointment.</summary>
    public static readonly LotsinAccount Lotsin1 = new("lotsin1", "lotsin-1");

    /// <summary>Off duty, capacity 6: the Lotsin API tests; the "other Lotsin" of the hub tests.</summary>
    public static readonly LotsinAccount Lotsin2 = new("lotsin2", "lotsin-2");

    /// <summary>On duty, capacity 10: hub tests; target of a reassignment.</summary>
    public static readonly LotsinAccount Lotsin3 = new("lotsin3", "lotsin-3");

    /// <summary>Away (demo): receives no offers.</summary>
    public static readonly LotsinAccount Lotsin4 = new("lotsin4", "lotsin-4");

    /// <summary>On duty, capacity 12: the coordinator's tests; claims of urgent referrals.</summary>
    public static readonly LotsinAccount Lotsin5 = new("lotsin5", "lotsin-5");

    /// <summary>Off duty, capacity 6, no demo cases: filled to capacity by the capacity test; availability changes.</summary>
    public static readonly LotsinAccount Lotsin6 = new("lotsin6", "lotsin-6");
}
