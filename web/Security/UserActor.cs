using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Web.Security;

/// <summary>Turns the authenticated user into the protocol's actor. Role and identity never come from a URL or form.</summary>
public static class UserActor
{
    public static Actor ToActor(this ClaimsPrincipal user) =>
        Enum.TryParse<ActorRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
        && user.FindFirstValue(HeresClaims.Entity) is { Length: > 0 } entity
        && user.FindFirstValue(HeresClaims.Network) is { } network
            ? new Actor(role, entity, network)
            : throw new InvalidOperationException("The signed-in user has no role, entity or network claim.");

    /// <summary>How the user is named in the outbox's actor column: role and account, never a family's data.</summary>
    public static string AuditName(this ClaimsPrincipal user) =>
        $"{user.FindFirstValue(ClaimTypes.Role)}:{user.FindFirstValue(ClaimTypes.NameIdentifier)}";
}
