using System.Text.Json;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>Events as the outbox hands them on: stored JSON under the event's stored type name.</summary>
public static class Envelopes
{
    public static EventEnvelope Of(long position, string key, object change, DateTimeOffset at, string? type = null) => new(
        position,
        new StateId("case", key),
        position,
        type ?? EventTypes.NameOf(change.GetType()),
        JsonSerializer.Serialize(change, change.GetType(), SiloJson.Options),
        null,
        "test",
        at);
}
