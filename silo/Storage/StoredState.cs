namespace HeresHealthy.Silo.Storage;

/// <summary>A grain's persisted state as read: the JSON payload, its version and the grain's last event sequence.</summary>
public sealed record StoredState(string Payload, long Version, long EventSequence);
