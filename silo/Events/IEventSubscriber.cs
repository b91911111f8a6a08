using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Events;

/// <summary>Receives every committed event of the network on this node, in position order.</summary>
public interface IEventSubscriber
{
    Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken);
}
