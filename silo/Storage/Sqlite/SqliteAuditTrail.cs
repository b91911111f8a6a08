using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

/// <summary>The audit chain in SQLite: BEGIN IMMEDIATE takes the file's write lock, so the head read and the inserts are one step.</summary>
internal sealed class SqliteAuditTrail(Func<CancellationToken, Task<SqliteConnection>> open) : IAuditTrail
{
    private const string Columns = AuditRows.Columns;
    private static readonly Func<DbDataReader, DateTimeOffset> _readTime = r => DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1));

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var sealedRows = await AppendAsync(connection, transaction, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sealedRows;
    }

    /// <summary>Seals and inserts in a write transaction the caller commits (its own, or a state write's).</summary>
    internal static async Task<IReadOnlyList<AuditRecord>> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        long headSequence = 0;
        var headHash = AuditChain.Genesis;
        await using (var head = new SqliteCommand("SELECT sequence, hash FROM audit_trail ORDER BY sequence DESC LIMIT 1", connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (headSequence, headHash) = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        var sealedRows = AuditChain.Seal(headSequence, headHash, entries);
        await using var insert = new SqliteCommand($"INSERT INTO audit_trail ({Columns}) VALUES ($s, $t, $actor, $action, $case, $status, $prev, $hash)", connection, transaction);
        foreach (var row in sealedRows)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$s", row.Sequence);
            insert.Parameters.AddWithValue("$t", row.Time.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$actor", row.Actor);
            insert.Parameters.AddWithValue("$action", row.Action);
            insert.Parameters.AddWithValue("$case", (object?)row.CaseId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$status", row.Status);
            insert.Parameters.AddWithValue("$prev", row.PreviousHash);
            insert.Parameters.AddWithValue("$hash", row.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return sealedRows;
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand($"""
            SELECT {Columns} FROM audit_trail
            WHERE ($case IS NULL OR case_id = $case) AND ($actor IS NULL OR actor = $actor)
              AND ($from IS NULL OR occurred_at >= $from) AND ($to IS NULL OR occurred_at < $to)
              AND ($before IS NULL OR sequence < $before)
            ORDER BY sequence DESC LIMIT $limit
            """, connection);
        command.Parameters.AddWithValue("$case", (object?)filter.CaseId ?? DBNull.Value);
        command.Parameters.AddWithValue("$actor", (object?)filter.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", (object?)filter.From?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)filter.To?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)filter.BeforeSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", filter.PageSize);
        return await AuditRows.ReadAsync(command, _readTime, cancellationToken);
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        AuditChain.VerifyAsync(async (after, max) =>
        {
            await using var connection = await open(cancellationToken);
            await using var command = new SqliteCommand($"SELECT {Columns} FROM audit_trail WHERE sequence > $after ORDER BY sequence LIMIT $max", connection);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$max", max);
            return await AuditRows.ReadAsync(command, _readTime, cancellationToken);
        });
}
