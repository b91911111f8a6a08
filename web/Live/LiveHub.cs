using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Silo;
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
        var user = Context.User ?? throw new HubException("Nicht angemeldet.");
        foreach (var group in await GroupsOfAsync())
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        var actor = user.ToActor();
        if (actor.Role == ActorRole.Lotsin)
        {
            connections.Add(LiveConnections.Lotsin(actor.Id), Context);
        }

        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userName)
        {
            connections.Add(LiveConnections.Account(userName), Context);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.ToActor() is { Role: ActorRole.Lotsin } actor)
        {
            connections.Remove(LiveConnections.Lotsin(actor.Id), Context.ConnectionId);
        }

        if (Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userName)
        {
            connections.Remove(LiveConnections.Account(userName), Context.ConnectionId);
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<LivePush>> CatchUp(long lastPosition) =>
        await catchUp.SinceAsync(await GroupsOfAsync(), lastPosition, Context.ConnectionAborted);

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
