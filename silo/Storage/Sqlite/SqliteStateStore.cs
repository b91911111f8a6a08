using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

internal sealed class SqliteStateStore(Func<CancellationToken, Task<SqliteConnection>> open) : IStateStore
{
    private const string Insert = """
        INSERT INTO grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at)
        VALUES ($type, $key, 1, $sequence, $payload, $now, $now) ON CONFLICT DO NOTHING
        """;

    private const string Update = """
        UPDATE grain_state SET version = version + 1, event_sequence = $sequence, payload = $payload, updated_at = $now
        WHERE grain_type = $type AND grain_key = $key AND version = $expected
        """;

    private const string InsertEvent = """
        INSERT INTO grain_events (grain_type, grain_key, sequence, event_type, payload, actor, node, occurred_at)
        VALUES ($type, $key, $sequence, $eventType, $payload, $actor, $node, $now) RETURNING position
        """;

    public async Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand("SELECT payload, version, event_sequence FROM grain_state WHERE grain_type = $type AND grain_key = $key", connection);
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2))
            : null;
    }

    public async Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var sequence = await ReadSequenceAsync(connection, transaction, write.Grain, cancellationToken);
        var now = write.Time.ToUnixTimeMilliseconds();
        await using (var state = new SqliteCommand(write.ExpectedVersion == 0 ? Insert : Update, connection, transaction))
        {
            state.Parameters.AddWithValue("$type", write.Grain.Type);
            state.Parameters.AddWithValue("$key", write.Grain.Key);
            state.Parameters.AddWithValue("$sequence", sequence + write.Events.Count);
            state.Parameters.AddWithValue("$payload", write.Payload);
            state.Parameters.AddWithValue("$now", now);
            state.Parameters.AddWithValue("$expected", write.ExpectedVersion);
            if (await state.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new InconsistentStateException(write.Grain, write.ExpectedVersion);
            }
        }

        var positions = new List<long>(write.Events.Count);
        foreach (var pending in write.Events)
        {
            await using var insert = new SqliteCommand(InsertEvent, connection, transaction);
            insert.Parameters.AddWithValue("$type", write.Grain.Type);
            insert.Parameters.AddWithValue("$key", write.Grain.Key);
            insert.Parameters.AddWithValue("$sequence", ++sequence);
            insert.Parameters.AddWithValue("$eventType", pending.Type);
            insert.Parameters.AddWithValue("$payload", pending.Payload);
            insert.Parameters.AddWithValue("$actor", (object?)write.Actor ?? DBNull.Value);
            insert.Parameters.AddWithValue("$node", write.Node);
            insert.Parameters.AddWithValue("$now", now);
            positions.Add((long)(await insert.ExecuteScalarAsync(cancellationToken))!);
        }

        if (write.Audit.Count > 0)
        {
            await SqliteAuditTrail.AppendAsync(connection, transaction, write.Audit, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(write.ExpectedVersion + 1, sequence, positions);
    }

    private static async Task<long> ReadSequenceAsync(SqliteConnection connection, SqliteTransaction transaction, StateId grain, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT event_sequence FROM grain_state WHERE grain_type = $type AND grain_key = $key", connection, transaction);
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        return await command.ExecuteScalarAsync(cancellationToken) is long sequence ? sequence : 0;
    }
}
