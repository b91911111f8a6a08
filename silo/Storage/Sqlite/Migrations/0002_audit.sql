-- The audit trail (IAuditTrail): references only, chained by SHA-256 (AuditChain). Rows are only ever inserted.
CREATE TABLE audit_trail (
    sequence INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id TEXT NULL,
    status INTEGER NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_trail_case ON audit_trail (case_id, sequence);
CREATE INDEX audit_trail_actor ON audit_trail (actor, sequence);
