namespace HeresHealthy.Silo.Storage.Memory;

internal sealed class MemoryAuditTrail : IAuditTrail
{
    private readonly Lock _lock = new();
    private readonly List<AuditRecord> _rows = [];

    public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
        Task.FromResult(Append(entries));

    /// <summary>Seals and appends at once; the state store calls it under its own lock for rows that go with a state write.</summary>
    public IReadOnlyList<AuditRecord> Append(IReadOnlyList<AuditEntry> entries)
    {
        lock (_lock)
        {
            var head = _rows.Count == 0 ? null : _rows[^1];
            var sealedRows = AuditChain.Seal(head?.Sequence ?? 0, head?.Hash ?? AuditChain.Genesis, entries);
            _rows.AddRange(sealedRows);
            return sealedRows;
        }
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AuditRecord>>([.. _rows.Where(filter.Matches).Reverse().Take(filter.PageSize)]);
        }
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        AuditChain.VerifyAsync((after, max) =>
        {
            lock (_lock)
            {
                return Task.FromResult<IReadOnlyList<AuditRecord>>([.. _rows.Where(r => r.Sequence > after).Take(max)]);
            }
        });
}
