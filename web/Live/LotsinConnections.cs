using System.Collections.Concurrent;

namespace HeresHealthy.Web.Live;

/// <summary>The hub connections of each Lotsin on this node, so that going on or off duty moves them in or out of the urgent group.</summary>
public sealed class LotsinConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _byLotsin = new();

    public void Add(string lotsinId, string connectionId) =>
        _byLotsin.GetOrAdd(lotsinId, _ => new ConcurrentDictionary<string, bool>())[connectionId] = true;

    public void Remove(string lotsinId, string connectionId)
    {
        if (_byLotsin.TryGetValue(lotsinId, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public IReadOnlyList<string> Of(string lotsinId) =>
        _byLotsin.TryGetValue(lotsinId, out var connections) ? [.. connections.Keys] : [];
}
