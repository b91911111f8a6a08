using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Live;

/// <summary>Reads the outbox after a client's last position and returns the pushes its groups would have received.</summary>
public sealed class LiveCatchUp(IStorageProvider storage, LiveAudience audience)
{
    public const int MaxEvents = 2000;

    public async Task<IReadOnlyList<LivePush>> SinceAsync(IReadOnlyList<string> groups, long lastPosition, CancellationToken cancellationToken)
    {
        var feed = new EventFeed(storage.Events, Math.Max(lastPosition, 0) + 1);
        var missed = new List<LivePush>();
        for (var read = 0; read < MaxEvents;)
        {
            var page = await feed.ReadAsync(500, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            read += page.Count;
            foreach (var envelope in page)
            {
                await foreach (var (_, push) in audience.PushesAsync(envelope, groups.Contains))
                {
                    missed.Add(push);
                }
            }
        }

        return missed;
    }
}
