-- The audit trail (IAuditTrail): references only, chained by SHA-256 (AuditChain). Rows are only ever inserted;
-- appends from every node are serialised by an advisory transaction lock, so there is one chain.
CREATE TABLE {schema}.audit_trail (
    sequence bigint PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    case_id text NULL,
    status int NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL
);

CREATE INDEX audit_trail_case ON {schema}.audit_trail (case_id, sequence);
CREATE INDEX audit_trail_actor ON {schema}.audit_trail (actor, sequence);
