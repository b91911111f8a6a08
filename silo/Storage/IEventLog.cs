namespace HeresHealthy.Silo.Storage;

/// <summary>Reads the outbox by global position.</summary>
public interface IEventLog
{
    /// <summary>Committed events with position at or above <paramref name="fromPosition"/>, in position order.</summary>
    Task<EventPage> ReadAsync(long fromPosition, int max, CancellationToken cancellationToken);

    /// <summary>The highest committed position, or 0 when the log is empty.</summary>
    Task<long> ReadHeadAsync(CancellationToken cancellationToken);
}
