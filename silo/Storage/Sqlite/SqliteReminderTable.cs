using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

internal sealed class SqliteReminderTable(Func<CancellationToken, Task<SqliteConnection>> open) : IReminderTable
{
    private const string Columns = "grain_type, grain_key, name, due_at, period_ms";

    public async Task UpsertAsync(Reminder reminder, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO reminders (grain_type, grain_key, name, due_at, period_ms) VALUES ($type, $key, $name, $due, $period)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period_ms = excluded.period_ms,
                lease_owner = NULL, lease_until = NULL
            """, reminder.Grain, reminder.Name, c =>
        {
            c.Parameters.AddWithValue("$due", reminder.DueAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("$period", reminder.Period is { } p ? (long)p.TotalMilliseconds : DBNull.Value);
        }, cancellationToken);

    public async Task DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name", grain, name, _ => { }, cancellationToken);

    public async Task<IReadOnlyList<Reminder>> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand($"SELECT {Columns} FROM reminders WHERE grain_type = $type AND grain_key = $key ORDER BY name", connection);
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        return await ReadRemindersAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Reminder>> ClaimDueAsync(string node, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand($"""
            UPDATE reminders SET lease_owner = $node, lease_until = $leaseUntil
            WHERE rowid IN (SELECT rowid FROM reminders WHERE due_at <= $now AND (lease_until IS NULL OR lease_until <= $now)
                            ORDER BY due_at LIMIT $max)
            RETURNING {Columns}
            """, connection);
        command.Parameters.AddWithValue("$node", node);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$leaseUntil", (now + lease).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$max", max);
        return await ReadRemindersAsync(command, cancellationToken);
    }

    public async Task CompleteAsync(Reminder claimed, string node, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        var sql = nextDue is null
            ? "DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name AND due_at = $due AND lease_owner = $node"
            : """
              UPDATE reminders SET due_at = $next, lease_owner = NULL, lease_until = NULL
              WHERE grain_type = $type AND grain_key = $key AND name = $name AND due_at = $due AND lease_owner = $node
              """;
        await ExecuteAsync(sql, claimed.Grain, claimed.Name, c =>
        {
            c.Parameters.AddWithValue("$due", claimed.DueAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("$node", node);
            c.Parameters.AddWithValue("$next", nextDue?.ToUnixTimeMilliseconds() ?? 0);
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<Reminder>> ReadRemindersAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var found = new List<Reminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Reminder(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(4))));
        }

        return found;
    }

    private async Task ExecuteAsync(string sql, GrainId grain, string name, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        command.Parameters.AddWithValue("$name", name);
        bind(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
