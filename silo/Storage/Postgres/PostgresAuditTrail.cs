using System.Data.Common;
using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>
/// The audit chain in PostgreSQL. Every node appends to the one chain: an advisory transaction lock serialises appends,
/// and each row is sealed in SQL from the head under it (as <see cref="AuditChain.HashOf"/> does), all in one batch,
/// one round trip, one implicit transaction.
/// </summary>
internal sealed class PostgresAuditTrail(NpgsqlDataSource dataSource, PostgresSql sql) : IAuditTrail
{
    private const string Columns = AuditRows.Columns;
    private static readonly Func<DbDataReader, DateTimeOffset> _readTime = r => r.GetFieldValue<DateTimeOffset>(1);

    private readonly string _lock = $"SELECT pg_advisory_xact_lock(hashtext('{sql.Schema}.audit_trail'))";

    // One row after the head, sealed in SQL: SHA-256 over the head's hash, the next sequence and the row's other
    // fields (AuditChain.FieldsOf, computed by the caller). Each statement of a batch sees the rows before it.
    private readonly string _insertAfterHead = $"""
        INSERT INTO {sql.Schema}.audit_trail ({Columns})
        SELECT head.sequence + 1, $1, $2, $3, $4, $5, head.hash,
               encode(sha256(convert_to(head.hash, 'UTF8') || int8send(head.sequence + 1) || $6), 'hex')
        FROM (SELECT 0::bigint AS sequence, '{AuditChain.Genesis}' AS hash
              UNION ALL (SELECT sequence, hash FROM {sql.Schema}.audit_trail ORDER BY sequence DESC LIMIT 1)
              ORDER BY sequence DESC LIMIT 1) head
        RETURNING sequence, previous_hash, hash
        """;

    private readonly string _read = $"""
        SELECT {Columns} FROM {sql.Schema}.audit_trail
        WHERE ($1::text IS NULL OR case_id = $1) AND ($2::text IS NULL OR actor = $2)
          AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND ($4::timestamptz IS NULL OR occurred_at < $4)
          AND ($5::bigint IS NULL OR sequence < $5)
        ORDER BY sequence DESC LIMIT $6
        """;

    private readonly string _readAfter = $"SELECT {Columns} FROM {sql.Schema}.audit_trail WHERE sequence > $1 ORDER BY sequence LIMIT $2";

    /// <summary>
    /// One round trip: the lock and one INSERT per entry in one batch, which PostgreSQL runs as one implicit
    /// transaction (the advisory lock is held until it ends; if a statement fails, none of the rows is stored).
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_lock));
        var times = new DateTimeOffset[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            times[i] = AuditChain.StoredTime(entry.Time);
            var insert = new NpgsqlBatchCommand(_insertAfterHead);
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = times[i] });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Action });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.CaseId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Status });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = AuditChain.FieldsOf(entry) });
            batch.BatchCommands.Add(insert);
        }

        var rows = new List<AuditRecord>(entries.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            await reader.NextResultAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The audit trail stored no row for an entry.");
            }

            var entry = entries[i];
            rows.Add(new AuditRecord(reader.GetInt64(0), times[i], entry.Actor, entry.Action, entry.CaseId, entry.Status, reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(_read);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.CaseId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.Actor ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.From?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.To?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.BeforeSequence ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = filter.PageSize });
        return await AuditRows.ReadAsync(command, _readTime, cancellationToken);
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        AuditChain.VerifyAsync(async (after, max) =>
        {
            await using var command = dataSource.CreateCommand(_readAfter);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
            return await AuditRows.ReadAsync(command, _readTime, cancellationToken);
        });
}
