namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The audit trail: who read or changed which case, when, through which endpoint, with what outcome. Append-only and
/// tamper-evident: every row carries the SHA-256 of its predecessor's hash and its own fields (<see cref="AuditChain"/>),
/// and all nodes on one database append to one chain.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Appends the entries, in order, as one transaction; returns them as sealed rows with sequence and hash.</summary>
    Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>The rows matching the filter, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken);

    /// <summary>Recomputes the chain from its first row and names the first row that does not hold.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
