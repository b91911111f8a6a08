using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Board;

/// <summary>How the board is fed; internal to the silo, not a contract the web may call.</summary>
public interface IBoardProjectionGrain : IGrainWithStringKey
{
    Task ApplyAsync(IReadOnlyList<EventEnvelope> events);
}
