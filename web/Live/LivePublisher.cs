using System.Security.Claims;
using HeresHealthy.Grains;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Accounts.Events;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Hosting;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Live;

/// <summary>
/// Pushes every commit on this node's dispatcher to the hub groups entitled to it, in position order. A push whose
/// view cannot be computed now (the case's grain lived on a node that just died, the database is restarting) is tried
/// again until it goes out, and the pushes after it wait: a connected client must not miss a push it would get by
/// catching up, since it has no reason to catch up.
/// </summary>
public sealed class LivePublisher(
    IHubContext<LiveHub, ILiveClient> hub,
    LiveAudience audience,
    LiveConnections connections,
    IGrainFactory grains,
    AuditWriter audit,
    ILogger<LivePublisher> logger) : IEventSubscriber
{
    private static readonly TimeSpan _longestWait = TimeSpan.FromSeconds(5);

    public async Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var envelope in events)
        {
            var pushed = new HashSet<string>(); // group|topic that have this event's push already: not pushed again on a retry
            for (var wait = TimeSpan.FromMilliseconds(250); ; wait = wait * 2 < _longestWait ? wait * 2 : _longestWait)
            {
                try
                {
                    await PublishAsync(envelope, pushed, cancellationToken);
                    break;
                }
                catch (Exception error) when (ServiceUnavailable.IsUnreachable(error) && !cancellationToken.IsCancellationRequested)
                {
                    logger.PushDelayed(error, envelope.Position, wait);
                    await Task.Delay(wait, cancellationToken);
                }
            }
        }
    }

    private async Task PublishAsync(EventEnvelope envelope, HashSet<string> pushed, CancellationToken cancellationToken)
    {
        switch (EventCatalog.Read(envelope))
        {
            case AvailabilityChanged changed:
                await MoveDutyGroupAsync(changed, cancellationToken);
                break;
            case SignedOutEverywhere signedOut:
                await CloseEndedSessionsAsync(signedOut.UserName);
                break;
            case SessionEnded ended:
                connections.Close(LiveConnections.Session(ended.SessionId));
                break;
        }

        // Only groups with a connection on this node: each node pushes to its own connections, and a view nobody
        // here would receive is neither computed nor recorded as pushed.
        // One event may push several topics to one group (a workshop change: the kiosk's week and its planning), so
        // what was pushed is kept by group and topic.
        await foreach (var (group, push) in audience.PushesAsync(envelope, group => connections.Any(LiveConnections.Group(group))))
        {
            if (pushed.Contains($"{group}|{push.Topic}"))
            {
                continue;
            }

            await hub.Clients.Group(group).Push(push);
            pushed.Add($"{group}|{push.Topic}");
            audit.Enqueue(group, $"push {push.Topic}", push.CaseId, StatusCodes.Status200OK);
        }
    }

    /// <summary>
    /// A session that ended must not hear anything more, on any node. The account may have signed in again before this
    /// node heard of the sign-out (the event comes after the commit): the account grain says which sessions it ended,
    /// and a session begun since goes on.
    /// </summary>
    private async Task CloseEndedSessionsAsync(string userName)
    {
        var account = grains.GetGrain<IAccountGrain>(userName);
        foreach (var connection in connections.Of(LiveConnections.Account(userName)))
        {
            var user = connection.User;
            var valid = user?.FindFirstValue(HeresClaims.Stamp) is { } stamp
                && user.FindFirstValue(HeresClaims.Session) is { } session
                && await account.IsSessionValidAsync(stamp, session);
            if (!valid)
            {
                connections.Close(connection);
            }
        }
    }

    private async Task MoveDutyGroupAsync(AvailabilityChanged changed, CancellationToken cancellationToken)
    {
        var network = (await grains.GetGrain<ILotsinGrain>(changed.LotsinId).GetAsync())?.Profile.Network;
        if (network is null)
        {
            return;
        }

        foreach (var connection in connections.Of(LiveConnections.Lotsin(changed.LotsinId)))
        {
            var onDuty = LiveConnections.Group(LiveGroups.OnDuty(network));
            if (changed.Availability == Availability.OnDuty)
            {
                connections.Add(onDuty, connection);
                await hub.Groups.AddToGroupAsync(connection.ConnectionId, LiveGroups.OnDuty(network), cancellationToken);
            }
            else
            {
                await hub.Groups.RemoveFromGroupAsync(connection.ConnectionId, LiveGroups.OnDuty(network), cancellationToken);
                connections.Remove(onDuty, connection.ConnectionId);
            }
        }
    }
}
