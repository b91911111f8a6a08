using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Demo;

namespace HeresHealthy.Web.Demo;

/// <summary>The demo's sign-in accounts, one per demo practice and Lotsin, plus coordinator, kiosk, admin, data-protection officer and reporting (Berichte). Demo mode only.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Passwort-2026";

    public static IReadOnlyList<AccountProfile> For(DemoNetwork demo) =>
    [
        .. demo.Practices.Select((p, i) => new AccountProfile($"praxis{i + 1:00}", p.Name, ActorRole.Practice, p.Id, DemoNetwork.Network)),
        .. demo.Lotsinnen.Select((l, i) => new AccountProfile($"lotsin{i + 1}", l.Name, ActorRole.Lotsin, l.Id, DemoNetwork.Network)),
        new("koordination", "Koordination HERE's healthy", ActorRole.Coordinator, "koordination", DemoNetwork.Network),
        new("kiosk", "Familienkiosk Herne", ActorRole.Kiosk, "kiosk-herne", DemoNetwork.Network),
        new("admin", "IT der Stadt Herne", ActorRole.Admin, "admin", DemoNetwork.Network),
        new("datenschutz", "Datenschutzbeauftragte", ActorRole.DataProtectionOfficer, "datenschutz", DemoNetwork.Network),
        new("berichte", "Gesundheitsberichterstattung", ActorRole.Reporting, "berichte", DemoNetwork.Network),
    ];
}
