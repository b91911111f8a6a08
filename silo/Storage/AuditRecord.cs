namespace HeresHealthy.Silo.Storage;

/// <summary>A stored audit row: the entry, its place in the chain, its predecessor's hash and its own (hex SHA-256).</summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Time,
    string Actor,
    string Action,
    string? CaseId,
    int Status,
    string PreviousHash,
    string Hash);
