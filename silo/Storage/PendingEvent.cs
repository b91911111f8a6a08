namespace HeresHealthy.Silo.Storage;

/// <summary>An event raised by a grain, serialized, waiting to be committed with the grain's next state write.</summary>
public sealed record PendingEvent(string Type, string Payload);
