using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains;

/// <summary>Maps the stored event type names of the contracts back to their records.</summary>
public static class EventCatalog
{
    // The contracts' own namespaces only: Orleans generates its codecs into the same assembly, under OrleansCodeGen.….Events.
    private static readonly Dictionary<string, Type> _types = typeof(CaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, Namespace: { } ns }
            && ns.StartsWith("HeresHealthy.", StringComparison.Ordinal)
            && ns.EndsWith(".Events", StringComparison.Ordinal))
        .ToDictionary(EventTypes.NameOf, StringComparer.Ordinal);

    public static object? Read(EventEnvelope envelope) =>
        _types.TryGetValue(envelope.Type, out var type) ? JsonSerializer.Deserialize(envelope.Payload, type, SiloJson.Options) : null;
}
