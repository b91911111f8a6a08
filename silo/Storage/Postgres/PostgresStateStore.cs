using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

internal sealed class PostgresStateStore(NpgsqlDataSource dataSource, PostgresSql sql) : IStateStore
{
    private readonly string _read = $"SELECT payload::text, version, event_sequence FROM {sql.Schema}.grain_state WHERE grain_type = $1 AND grain_key = $2";

    public async Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(_read);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2))
            : null;
    }

    public async Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken)
    {
        if (write.Audit.Count > 0)
        {
            return await WriteWithAuditAsync(write, cancellationToken);
        }

        await using var command = dataSource.CreateCommand(write.ExpectedVersion == 0 ? sql.InsertState : sql.UpdateState);
        Bind(command.Parameters, write, sql.Channel);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ResultAsync(reader, write, cancellationToken);
    }

    /// <summary>
    /// The state write, then the audit chain's lock and the rows, in one batch: one round trip, one implicit transaction.
    /// The audit statements act only if the state statement stored the grain's row in this transaction, so a refused
    /// write stores no row either.
    /// </summary>
    private async Task<WriteResult> WriteWithAuditAsync(StateWrite write, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var state = new NpgsqlBatchCommand(write.ExpectedVersion == 0 ? sql.InsertState : sql.UpdateState);
        Bind(state.Parameters, write, sql.Channel);
        batch.BatchCommands.Add(state);
        var guard = new NpgsqlBatchCommand(sql.AuditLockAfterWrite);
        guard.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Type });
        guard.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Key });
        batch.BatchCommands.Add(guard);
        var times = PostgresAuditTrail.AddInserts(batch, sql, write.Audit, write.Grain);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var result = await ResultAsync(reader, write, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await PostgresAuditTrail.ReadInsertedAsync(reader, write.Audit, times, cancellationToken);
        return result;
    }

    private static async Task<WriteResult> ResultAsync(NpgsqlDataReader reader, StateWrite write, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InconsistentStateException(write.Grain, write.ExpectedVersion);
        }

        var positions = reader.IsDBNull(2) ? [] : reader.GetFieldValue<long[]>(2);
        return new WriteResult(reader.GetInt64(0), reader.GetInt64(1), positions);
    }

    /// <summary>Binds the parameters of <see cref="PostgresSql.UpdateState"/>; public to the benchmarks, which send the same SQL directly.</summary>
    internal static void Bind(NpgsqlParameterCollection parameters, StateWrite write, string channel)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Type });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Key });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Payload });
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = write.Time });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. write.Events.Select(e => e.Type)] });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. write.Events.Select(e => e.Payload)] });
        parameters.Add(new NpgsqlParameter { Value = (object?)write.Actor ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Node });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
        if (write.ExpectedVersion != 0)
        {
            parameters.Add(new NpgsqlParameter<long> { TypedValue = write.ExpectedVersion });
        }
    }
}
