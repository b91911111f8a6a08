using System.Text.Json;

namespace HeresHealthy.Silo.Storage;

/// <summary>A committed event as read from the outbox.</summary>
/// <param name="Position">Global position, increasing in the order positions were allocated.</param>
/// <param name="Sequence">Per-grain sequence number, 1, 2, 3, ... without gaps.</param>
public sealed record EventEnvelope(
    long Position,
    GrainId Grain,
    long Sequence,
    string Type,
    string Payload,
    string? Actor,
    string Node,
    DateTimeOffset Time)
{
    public T Deserialize<T>(JsonSerializerOptions? options = null) =>
        JsonSerializer.Deserialize<T>(Payload, options ?? SiloJson.Options)
        ?? throw new JsonException($"Event {Position} of {Grain} has an empty payload.");
}
