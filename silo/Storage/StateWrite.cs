namespace HeresHealthy.Silo.Storage;

/// <summary>A conditional write of a grain's state together with the events it raised, committed in one transaction.</summary>
/// <param name="ExpectedVersion">The version that was read; 0 when the grain had no stored state.</param>
public sealed record StateWrite(
    StateId Grain,
    long ExpectedVersion,
    string Payload,
    IReadOnlyList<PendingEvent> Events,
    string? Actor,
    string Node,
    DateTimeOffset Time)
{
    /// <summary>Audit rows to append to the trail in the same transaction (a request's row, see <see cref="AuditClaim"/>); none by default.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
