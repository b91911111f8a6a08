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
        AuditLock = $"SELECT pg_advisory_xact_lock(hashtext('{schema}.audit_trail'))";
        AuditInsert = AuditInsertWhere(schema, "true");
        AuditLockAfterWrite = $"{AuditLock} WHERE {WrittenHere(schema, "$1", "$2")}";
        AuditInsertAfterWrite = AuditInsertWhere(schema, WrittenHere(schema, "$7", "$8"));
    }

    public string Schema { get; }

    /// <summary>Serialises the appenders of the audit chain until the transaction ends.</summary>
    public string AuditLock { get; }

    /// <summary>
    /// One audit row after the head, sealed in SQL: SHA-256 over the head's hash, the next sequence and the row's other
    /// fields (<see cref="AuditChain.FieldsOf"/>, computed by the caller). Each statement of a batch sees the rows before
    /// it. $1 time, $2 actor, $3 action, $4 case id, $5 status, $6 fields.
    /// </summary>
    public string AuditInsert { get; }

    /// <summary>
    /// <see cref="AuditLock"/> and <see cref="AuditInsert"/> after a state write in the same batch: they act only if that
    /// write stored the grain's row in this transaction ($7 type, $8 key); after a refused write they do nothing.
    /// </summary>
    public string AuditLockAfterWrite { get; }

    /// <inheritdoc cref="AuditLockAfterWrite"/>
    public string AuditInsertAfterWrite { get; }

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

    private static string WrittenHere(string schema, string type, string key) =>
        $"EXISTS (SELECT 1 FROM {schema}.grain_state WHERE grain_type = {type} AND grain_key = {key} AND xmin = pg_current_xact_id()::xid)";

    private static string AuditInsertWhere(string schema, string condition) => $"""
        INSERT INTO {schema}.audit_trail ({AuditRows.Columns})
        SELECT head.sequence + 1, $1, $2, $3, $4, $5, head.hash,
               encode(sha256(convert_to(head.hash, 'UTF8') || int8send(head.sequence + 1) || $6), 'hex')
        FROM (SELECT 0::bigint AS sequence, '{AuditChain.Genesis}' AS hash
              UNION ALL (SELECT sequence, hash FROM {schema}.audit_trail ORDER BY sequence DESC LIMIT 1)
              ORDER BY sequence DESC LIMIT 1) head
        WHERE {condition}
        RETURNING sequence, previous_hash, hash
        """;

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
