using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// A user who is not entitled to the victim's case: its account (null: nobody signed in) and role. The coordinator is a
/// party of every case of the network, but sees a minimised view only: for it the probe looks for personal values.
/// </summary>
public sealed record Attacker(string Name, string? Account, string? Role)
{
    public static IReadOnlyList<Attacker> All { get; } =
    [
        new("another practice", DemoUsers.OtherPractice, "Practice"),
        new("another Lotsin", DemoUsers.Lotsin2.UserName, "Lotsin"),
        new("kiosk", DemoUsers.Kiosk, "Kiosk"),
        new("admin", DemoUsers.Admin, "Admin"),
        new("coordinator", DemoUsers.Coordinator, "Coordinator"),
        new("data-protection officer", DemoUsers.DataProtectionOfficer, "DataProtectionOfficer"),
        new("reporting", DemoUsers.Reporting, "Reporting"),
        new("anonymous", null, null),
    ];

    /// <summary>The coordinator may act on every case of its network (assign, reassign, withdraw consent).</summary>
    public bool IsNetworkParty => Role == "Coordinator";

    /// <summary>Whether the role has any business with the victim case's id at all (board, assignment; the audit trail's references).</summary>
    public bool MaySeeCaseId => IsNetworkParty || Role == "DataProtectionOfficer";

    public async Task<ApiClient> SignInAsync(WebApp app) => Account is null ? app.Anonymous() : await app.SignInAsync(Account);

    public override string ToString() => Name;
}
