using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Live;

/// <summary>
/// Reads the outbox after a client's last position and returns the pushes its groups would have received. A client
/// that reconnects because its node died catches up while that node's grains move: a read that meets a node or the
/// database out of reach is tried again for up to <see cref="Patience"/> before the client is told to try later.
/// </summary>
public sealed class LiveCatchUp(IStorageProvider storage, LiveAudience audience)
{
    public const int MaxEvents = 2000;

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public async Task<IReadOnlyList<LivePush>> SinceAsync(IReadOnlyList<string> groups, long lastPosition, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await ReadAsync(groups, lastPosition, cancellationToken);
            }
            catch (Exception error) when (Hosting.ServiceUnavailable.IsUnreachable(error) && clock.Elapsed < Patience && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<LivePush>> ReadAsync(IReadOnlyList<string> groups, long lastPosition, CancellationToken cancellationToken)
    {
        if (lastPosition == long.MaxValue)
        {
            return []; // nothing comes after it (and one more would wrap round to the first event)
        }

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
