using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>
/// Reads the outbox with the snapshot it was read under, so that the reader can tell a position still being
/// committed (wait) from one whose transaction rolled back (skip).
/// </summary>
internal sealed class PostgresEventLog(NpgsqlDataSource dataSource, PostgresSql sql) : IEventLog
{
    private readonly string _read = $"""
        SELECT e.position, e.grain_type, e.grain_key, e.sequence, e.event_type, e.payload::text, e.actor, e.node, e.occurred_at,
               s.xmin, s.xmax
        FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,
                     pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax) s
        LEFT JOIN LATERAL (SELECT * FROM {sql.Schema}.grain_events WHERE position >= $1 ORDER BY position LIMIT $2) e ON true
        ORDER BY e.position
        """;

    public async Task<EventPage> ReadAsync(long fromPosition, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(_read);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = fromPosition });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<EventEnvelope>();
        var horizon = SnapshotHorizon.Settled;
        while (await reader.ReadAsync(cancellationToken))
        {
            horizon = new SnapshotHorizon(reader.GetInt64(9), reader.GetInt64(10));
            if (reader.IsDBNull(0))
            {
                break;
            }

            events.Add(new EventEnvelope(
                reader.GetInt64(0),
                new StateId(reader.GetString(1), reader.GetString(2)),
                reader.GetInt64(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return new EventPage(events, horizon);
    }

    public async Task<long> ReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT coalesce(max(position), 0) FROM {sql.Schema}.grain_events");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
