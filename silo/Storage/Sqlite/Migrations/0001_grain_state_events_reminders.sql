CREATE TABLE grain_state (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    event_sequence INTEGER NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
) WITHOUT ROWID;

CREATE TABLE grain_events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    actor TEXT NULL,
    node TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    UNIQUE (grain_type, grain_key, sequence)
);

CREATE TABLE reminders (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    name TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    period_ms INTEGER NULL,
    lease_owner TEXT NULL,
    lease_until INTEGER NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE INDEX reminders_due ON reminders (due_at);
