using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Board;

/// <summary>Hands every committed event on this silo to the board of each network active here (a local activation: <see cref="WorkloadBoardGrain"/>).</summary>
public sealed class BoardFeed(IGrainFactory grains) : NetworkFeed
{
    protected override Task DeliverAsync(string network, IReadOnlyList<EventEnvelope> events) =>
        grains.GetGrain<IBoardProjectionGrain>(network).ApplyAsync(events);
}
