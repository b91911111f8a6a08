using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

internal sealed class SqliteEventLog(Func<CancellationToken, Task<SqliteConnection>> open) : IEventLog
{
    public async Task<EventPage> ReadAsync(long fromPosition, int max, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand("""
            SELECT position, grain_type, grain_key, sequence, event_type, payload, actor, node, occurred_at
            FROM grain_events WHERE position >= $from ORDER BY position LIMIT $max
            """, connection);
        command.Parameters.AddWithValue("$from", fromPosition);
        command.Parameters.AddWithValue("$max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<EventEnvelope>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new EventEnvelope(
                reader.GetInt64(0),
                new StateId(reader.GetString(1), reader.GetString(2)),
                reader.GetInt64(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8))));
        }

        return new EventPage(events, SnapshotHorizon.Settled);
    }

    public async Task<long> ReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = new SqliteCommand("SELECT coalesce(max(position), 0) FROM grain_events", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
