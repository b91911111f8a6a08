using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Pages;

/// <summary>The signed-in user's network's towns and districts, as its admin keeps them, for a page's pick-lists.</summary>
public static class NetworkPlacesOf
{
    /// <summary>Town → its districts, in pick-list order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> UserAsync(IGrainFactory grains, ClaimsPrincipal user) =>
        (await grains.GetGrain<INetworkGrain>(user.ToActor().Network).GetPlacesAsync()).ToDictionary(t => t.Municipality, t => t.Districts);
}
