using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Live;

/// <summary>The hub groups of a user, decided by the server from the authenticated claims only.</summary>
public static class LiveGroups
{
    public static string Practice(string id) => $"practice:{id}";

    public static string Practices(string network) => $"practices:{network}";

    public static string Lotsin(string id) => $"lotsin:{id}";

    /// <summary>Every Lotsin of a network: changes of the help offer directory.</summary>
    public static string Lotsinnen(string network) => $"lotsinnen:{network}";

    public static string OnDuty(string network) => $"onduty:{network}";

    public static string Coordinator(string network) => $"coordinator:{network}";

    public static string Kiosk(string network) => $"kiosk:{network}";

    /// <summary>The fixed groups of a user; a Lotsin joins <see cref="OnDuty"/> only while on duty.</summary>
    public static IReadOnlyList<string> For(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return actor.Role switch
        {
            ActorRole.Practice => [Practice(actor.Id), Practices(actor.Network)],
            ActorRole.Lotsin => [Lotsin(actor.Id), Lotsinnen(actor.Network)],
            ActorRole.Coordinator => [Coordinator(actor.Network)],
            ActorRole.Kiosk => [Kiosk(actor.Network)],
            _ => [],
        };
    }
}
