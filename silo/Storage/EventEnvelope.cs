using System.Text.Json;

namespace HeresHealthy.Silo.Storage;

/// <summary>A committed event as read from the outbox.</summary>
/// <param name="Position">Global position, increasing in the order positions were allocated.</param>
/// <param name="Sequence">Per-grain sequence number, 1, 2, 3, ... without gaps.</param>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Silo.Storage.EventEnvelope")]
public sealed record EventEnvelope(
    [property: Id(0)] long Position,
    [property: Id(1)] StateId Grain,
    [property: Id(2)] long Sequence,
    [property: Id(3)] string Type,
    [property: Id(4)] string Payload,
    [property: Id(5)] string? Actor,
    [property: Id(6)] string Node,
    [property: Id(7)] DateTimeOffset Time)
{
    public T Deserialize<T>(JsonSerializerOptions? options = null) =>
        JsonSerializer.Deserialize<T>(Payload, options ?? SiloJson.Options)
        ?? throw new JsonException($"Event {Position} of {Grain} has an empty payload.");
}
