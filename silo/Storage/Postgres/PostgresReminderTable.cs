using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

internal sealed class PostgresReminderTable(NpgsqlDataSource dataSource, PostgresSql sql) : IReminderTable
{
    private const string Columns = "grain_type, grain_key, name, due_at, period_ms";
    private readonly string _schema = sql.Schema;

    public async Task UpsertAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            INSERT INTO {_schema}.reminders ({Columns}) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period_ms = excluded.period_ms,
                lease_owner = NULL, lease_until = NULL
            """, reminder.Grain, reminder.Name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = reminder.DueAt });
        command.Parameters.Add(new NpgsqlParameter { Value = reminder.Period is { } p ? (long)p.TotalMilliseconds : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        await using var command = Command($"DELETE FROM {_schema}.reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3", grain, name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Reminder>> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {_schema}.reminders WHERE grain_type = $1 AND grain_key = $2 ORDER BY name");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        return await ReadRemindersAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Reminder>> ClaimDueAsync(string node, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE {_schema}.reminders r SET lease_owner = $1, lease_until = $3
            FROM (SELECT grain_type, grain_key, name FROM {_schema}.reminders
                  WHERE due_at <= $2 AND (lease_until IS NULL OR lease_until <= $2)
                  ORDER BY due_at LIMIT $4 FOR UPDATE SKIP LOCKED) due
            WHERE r.grain_type = due.grain_type AND r.grain_key = due.grain_key AND r.name = due.name
            RETURNING r.grain_type, r.grain_key, r.name, r.due_at, r.period_ms
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = node });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now + lease });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        return await ReadRemindersAsync(command, cancellationToken);
    }

    public async Task CompleteAsync(Reminder claimed, string node, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        const string Match = "grain_type = $1 AND grain_key = $2 AND name = $3 AND due_at = $4 AND lease_owner = $5";
        await using var command = Command(
            nextDue is null
                ? $"DELETE FROM {_schema}.reminders WHERE {Match}"
                : $"UPDATE {_schema}.reminders SET due_at = $6, lease_owner = NULL, lease_until = NULL WHERE {Match}",
            claimed.Grain,
            claimed.Name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = claimed.DueAt });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = node });
        if (nextDue is { } next)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = next });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Reminder>> ReadRemindersAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var found = new List<Reminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Reminder(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(4))));
        }

        return found;
    }

    private NpgsqlCommand Command(string text, GrainId grain, string name)
    {
        var command = dataSource.CreateCommand(text);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return command;
    }
}
