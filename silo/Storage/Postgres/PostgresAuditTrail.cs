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
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.AuditLock));
        var times = AddInserts(batch, sql, entries, written: null);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadInsertedAsync(reader, entries, times, cancellationToken);
    }

    /// <summary>
    /// Adds one INSERT per entry: <see cref="PostgresSql.AuditInsert"/>, or, after a state write of <paramref name="written"/>
    /// in the same batch, <see cref="PostgresSql.AuditInsertAfterWrite"/>; returns the times as stored.
    /// </summary>
    internal static DateTimeOffset[] AddInserts(NpgsqlBatch batch, PostgresSql sql, IReadOnlyList<AuditEntry> entries, StateId? written)
    {
        var insert = written is null ? sql.AuditInsert : sql.AuditInsertAfterWrite;
        var times = new DateTimeOffset[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            times[i] = AuditChain.StoredTime(entry.Time);
            var command = new NpgsqlBatchCommand(insert);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = times[i] });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Action });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.CaseId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Status });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = AuditChain.FieldsOf(entry) });
            if (written is { } grain)
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
            }

            batch.BatchCommands.Add(command);
        }

        return times;
    }

    /// <summary>The rows the inserts of <see cref="AddInserts"/> returned; the reader stands on the result before the first.</summary>
    internal static async Task<IReadOnlyList<AuditRecord>> ReadInsertedAsync(NpgsqlDataReader reader, IReadOnlyList<AuditEntry> entries, DateTimeOffset[] times, CancellationToken cancellationToken)
    {
        var rows = new List<AuditRecord>(entries.Count);
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
