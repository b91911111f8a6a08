using System.Collections.Concurrent;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Board;

/// <summary>Hands every committed event on this silo to the board of each network active here (a local activation: <see cref="WorkloadBoardGrain"/>).</summary>
public sealed class BoardFeed(IGrainFactory grains) : IEventSubscriber
{
    private readonly ConcurrentDictionary<string, bool> _networks = new();

    public void Register(string network) => _networks[network] = true;

    public void Unregister(string network) => _networks.TryRemove(network, out _);

    public async Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var network in _networks.Keys)
        {
            await grains.GetGrain<IBoardProjectionGrain>(network).ApplyAsync(events);
        }
    }
}
