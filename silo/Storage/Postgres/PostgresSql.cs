using System.Text.RegularExpressions;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>The SQL of the PostgreSQL provider, with table names qualified by the configured schema.</summary>
internal sealed partial class PostgresSql
{
    public PostgresSql(string schema)
    {
        if (!SafeName().IsMatch(schema))
        {
            throw new ArgumentException($"The schema name '{schema}' must be lower-case letters, digits and underscores.", nameof(schema));
        }

        Schema = schema;
        Channel = $"{schema}_commits";
        InsertState = $"""
            WITH state AS (
                INSERT INTO {schema}.grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at)
                VALUES ($1, $2, 1, cardinality($5::text[]), $3::jsonb, $4, $4)
                ON CONFLICT DO NOTHING
                RETURNING version, event_sequence)
            {Events(schema)}
            """;
        UpdateState = $"""
            WITH state AS (
                UPDATE {schema}.grain_state
                SET version = version + 1, event_sequence = event_sequence + cardinality($5::text[]), payload = $3::jsonb, updated_at = $4
                WHERE grain_type = $1 AND grain_key = $2 AND version = $10
                RETURNING version, event_sequence)
            {Events(schema)}
            """;
    }

    public string Schema { get; }

    public string Channel { get; }

    /// <summary>Inserts a new state row with its events; parameters as in <see cref="UpdateState"/>, without $10.</summary>
    public string InsertState { get; }

    /// <summary>
    /// Updates the state row if its version is $10 and appends the events, in one statement (one round trip, atomic).
    /// $1 type, $2 key, $3 payload, $4 time, $5 event types, $6 event payloads, $7 actor, $8 node, $9 channel.
    /// The notification's payload is the highest position appended and the node, separated by a space.
    /// The state row is written before any position is drawn, so the transaction holds an id when it draws one:
    /// readers rely on that to tell a late commit from a rollback.
    /// </summary>
    public string UpdateState { get; }

    private static string Events(string schema) => $"""
        , appended AS (
            INSERT INTO {schema}.grain_events (grain_type, grain_key, sequence, event_type, payload, actor, node, occurred_at)
            SELECT $1, $2, state.event_sequence - cardinality($5::text[]) + e.ordinal, e.event_type, e.payload::jsonb, $7, $8, $4
            FROM state, unnest($5::text[], $6::text[]) WITH ORDINALITY AS e(event_type, payload, ordinal)
            ORDER BY e.ordinal
            RETURNING position)
        SELECT state.version, state.event_sequence,
               (SELECT array_agg(position ORDER BY position) FROM appended) AS positions,
               (SELECT pg_notify($9, max(position)::text || ' ' || $8) FROM appended HAVING count(*) > 0) AS notified
        FROM state
        """;

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex SafeName();
}
