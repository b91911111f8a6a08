using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Events;

/// <summary>
/// Reads the outbox in position order without ever skipping a position that commits late: at a gap it stops,
/// and passes the gap only once every transaction that could still fill it has ended.
/// </summary>
public sealed class EventFeed(IEventLog log, long nextPosition)
{
    private (long Position, long NextToStart)? _gap;

    /// <summary>The position the next event delivered will have (or a later one, after a final gap).</summary>
    public long NextPosition { get; private set; } = nextPosition;

    /// <summary>The last read stopped at a gap that may still be filled, with committed events after it left unread.</summary>
    public bool StoppedAtGap { get; private set; }

    /// <summary>
    /// Takes events committed on this node, handed over directly: only the run that continues exactly at
    /// <see cref="NextPosition"/>; anything after a gap is left for <see cref="ReadAsync"/> to bring in order.
    /// </summary>
    public IReadOnlyList<EventEnvelope> Accept(IReadOnlyList<EventEnvelope> local)
    {
        var accepted = new List<EventEnvelope>();
        foreach (var envelope in local)
        {
            if (envelope.Position < NextPosition)
            {
                continue;
            }

            if (envelope.Position != NextPosition)
            {
                break;
            }

            accepted.Add(envelope);
            NextPosition++;
            _gap = null;
        }

        return accepted;
    }

    public async Task<IReadOnlyList<EventEnvelope>> ReadAsync(int max, CancellationToken cancellationToken)
    {
        var page = await log.ReadAsync(NextPosition, max, cancellationToken);
        var delivered = new List<EventEnvelope>(page.Events.Count);
        StoppedAtGap = false;
        foreach (var committed in page.Events)
        {
            if (committed.Position != NextPosition && !GapIsFinal(page.Horizon))
            {
                StoppedAtGap = true;
                break;
            }

            delivered.Add(committed);
            NextPosition = committed.Position + 1;
            _gap = null;
        }

        return delivered;
    }

    private bool GapIsFinal(SnapshotHorizon horizon)
    {
        if (horizon.IsSettled)
        {
            return true;
        }

        if (_gap is { } gap && gap.Position == NextPosition)
        {
            return horizon.OldestRunning >= gap.NextToStart;
        }

        _gap = (NextPosition, horizon.NextToStart);
        return false;
    }
}
