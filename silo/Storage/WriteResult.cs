namespace HeresHealthy.Silo.Storage;

/// <summary>What a committed write produced: the new state version, the grain's last event sequence and the events' global positions.</summary>
public sealed record WriteResult(long Version, long EventSequence, IReadOnlyList<long> Positions);
