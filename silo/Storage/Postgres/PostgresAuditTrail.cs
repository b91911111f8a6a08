using System.Data.Common;
using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>
/// The audit chain in PostgreSQL. Every node appends to the one chain: an advisory transaction lock serialises appends,
/// and the head is read, the batch sealed and inserted (one statement) under it, in the same transaction.
/// </summary>
internal sealed class PostgresAuditTrail(NpgsqlDataSource dataSource, PostgresSql sql) : IAuditTrail
{
    private const string Columns = AuditRows.Columns;
    private static readonly Func<DbDataReader, DateTimeOffset> _readTime = r => r.GetFieldValue<DateTimeOffset>(1);

    private readonly string _lockAndHead = $"""
        SELECT pg_advisory_xact_lock(hashtext('{sql.Schema}.audit_trail'));
        SELECT sequence, hash FROM {sql.Schema}.audit_trail ORDER BY sequence DESC LIMIT 1;
        """;

    private readonly string _insert = $"""
        INSERT INTO {sql.Schema}.audit_trail ({Columns})
        SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
        """;

    private readonly string _read = $"""
        SELECT {Columns} FROM {sql.Schema}.audit_trail
        WHERE ($1::text IS NULL OR case_id = $1) AND ($2::text IS NULL OR actor = $2)
          AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND ($4::timestamptz IS NULL OR occurred_at < $4)
          AND ($5::bigint IS NULL OR sequence < $5)
        ORDER BY sequence DESC LIMIT $6
        """;

    private readonly string _readAfter = $"SELECT {Columns} FROM {sql.Schema}.audit_trail WHERE sequence > $1 ORDER BY sequence LIMIT $2";

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long headSequence = 0;
        var headHash = AuditChain.Genesis;
        await using (var head = new NpgsqlCommand(_lockAndHead, connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            await reader.NextResultAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (headSequence, headHash) = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        var rows = AuditChain.Seal(headSequence, headHash, entries);
        await using (var insert = new NpgsqlCommand(_insert, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Sequence)] });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. rows.Select(r => r.Time)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Actor)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Action)] });
            insert.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.CaseId)] });
            insert.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. rows.Select(r => r.Status)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.PreviousHash)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Hash)] });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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
