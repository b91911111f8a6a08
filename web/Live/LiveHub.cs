using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Live;

/// <summary>
/// The one live hub. Groups come from the authenticated user; there is no method to join a group by asking.
/// A reconnecting client calls <see cref="CatchUp"/> with the last position it saw and gets exactly what it missed.
/// </summary>
[Authorize]
public sealed class LiveHub(LiveCatchUp catchUp, LiveConnections connections, IGrainFactory grains) : Hub<ILiveClient>
{
    public override async Task OnConnectedAsync()
    {
        foreach (var group in await GroupsOfAsync())
        {
            connections.Add(LiveConnections.Group(group), Context);
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        foreach (var key in ConnectionKeys())
        {
            connections.Add(key, Context);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.RemoveAll(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<LivePush>> CatchUp(long lastPosition) =>
        await catchUp.SinceAsync(await GroupsOfAsync(), lastPosition, Context.ConnectionAborted);

    /// <summary>Under which keys this connection is found again: to close it at sign-out, to move a Lotsin on or off duty.</summary>
    private IEnumerable<string> ConnectionKeys()
    {
        var user = Context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            yield break;
        }

        if (user.ToActor() is { Role: ActorRole.Lotsin } actor)
        {
            yield return LiveConnections.Lotsin(actor.Id);
        }

        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userName)
        {
            yield return LiveConnections.Account(userName);
        }

        if (user.FindFirstValue(HeresClaims.Session) is { } session)
        {
            yield return LiveConnections.Session(session);
        }
    }

    private async Task<IReadOnlyList<string>> GroupsOfAsync()
    {
        var user = Context.User ?? throw new HubException("Nicht angemeldet.");
        var groups = LiveGroups.For(user).ToList();
        var actor = user.ToActor();
        if (actor.Role == ActorRole.Lotsin && (await grains.GetGrain<ILotsinGrain>(actor.Id).GetAsync())?.Availability == Availability.OnDuty)
        {
            groups.Add(LiveGroups.OnDuty(actor.Network));
        }

        return groups;
    }
}
