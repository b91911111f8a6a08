using System.Collections.Concurrent;

namespace HeresHealthy.Silo.Storage.Memory;

internal sealed class MemoryKeyRingStore : IKeyRingStore
{
    private readonly ConcurrentDictionary<string, string> _keys = new();

    public IReadOnlyList<string> ReadAll() => [.. _keys.Values];

    public void Store(string name, string xml) => _keys.TryAdd(name, xml);
}
