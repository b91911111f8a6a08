using System.Collections.Concurrent;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains;

/// <summary>Hands every committed event on this silo to a projection grain of each network registered here (a local activation).</summary>
public abstract class NetworkFeed : IEventSubscriber
{
    private readonly ConcurrentDictionary<string, bool> _networks = new();

    public void Register(string network) => _networks[network] = true;

    public void Unregister(string network) => _networks.TryRemove(network, out _);

    public async Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var network in _networks.Keys)
        {
            await DeliverAsync(network, events);
        }
    }

    protected abstract Task DeliverAsync(string network, IReadOnlyList<EventEnvelope> events);
}
