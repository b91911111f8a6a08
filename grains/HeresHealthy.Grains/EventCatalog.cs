using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains;

/// <summary>Maps the stored event type names of the contracts back to their records.</summary>
public static class EventCatalog
{
    private static readonly Dictionary<string, Type> _types = typeof(CaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.EndsWith(".Events", StringComparison.Ordinal) == true)
        .ToDictionary(EventTypes.NameOf, StringComparer.Ordinal);

    public static object? Read(EventEnvelope envelope) =>
        _types.TryGetValue(envelope.Type, out var type) ? JsonSerializer.Deserialize(envelope.Payload, type, SiloJson.Options) : null;
}
