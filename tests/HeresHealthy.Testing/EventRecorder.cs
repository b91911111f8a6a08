using System.Collections.Concurrent;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Testing;

/// <summary>A subscriber that keeps every event it is handed, in the order it was handed them.</summary>
public sealed class EventRecorder : IEventSubscriber
{
    private readonly ConcurrentQueue<EventEnvelope> _seen = new();

    public IReadOnlyList<EventEnvelope> Seen => [.. _seen];

    public Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events)
        {
            _seen.Enqueue(committed);
        }

        return Task.CompletedTask;
    }
}
