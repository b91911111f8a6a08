using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// The floor of a protocol command's write: a given state payload and event, as a case stores them, sent as the very SQL
/// the outbox storage sends, straight through Npgsql, with the version tracked as the storage does.
/// </summary>
internal sealed class DirectPayloadWriter(NpgsqlDataSource dataSource, PostgresSql sql, StateId grain, string node, string payload, PendingEvent @event)
{
    private long _version;

    public async Task<long> WriteAsync()
    {
        await using var command = dataSource.CreateCommand(_version == 0 ? sql.InsertState : sql.UpdateState);
        PostgresStateStore.Bind(command.Parameters, new StateWrite(grain, _version, payload, [@event], "Practice:p-1", node, DateTimeOffset.UtcNow), sql.Channel);
        await using var reader = await command.ExecuteReaderAsync();
        _version = await reader.ReadAsync() ? reader.GetInt64(0) : throw new InvalidOperationException($"The direct write of {grain} lost its version.");
        return _version;
    }

    /// <summary>The state payloads and the last event of the given cases as stored, largest state first.</summary>
    public static async Task<IReadOnlyList<(string Payload, PendingEvent Event)>> ReadCasesAsync(NpgsqlDataSource dataSource, string schema, string[] caseIds)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT s.payload::text, e.event_type, e.payload::text
            FROM {schema}.grain_state s
            CROSS JOIN LATERAL (SELECT event_type, payload FROM {schema}.grain_events
                                WHERE grain_type = 'case' AND grain_key = s.grain_key ORDER BY position DESC LIMIT 1) e
            WHERE s.grain_type = 'case' AND s.grain_key = ANY($1)
            ORDER BY length(s.payload::text) DESC
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = caseIds });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, PendingEvent)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), new PendingEvent(reader.GetString(1), reader.GetString(2))));
        }

        return rows;
    }
}
