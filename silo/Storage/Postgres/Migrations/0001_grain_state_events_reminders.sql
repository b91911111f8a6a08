CREATE TABLE {schema}.grain_state (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    version bigint NOT NULL,
    event_sequence bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);

CREATE TABLE {schema}.grain_events (
    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    sequence bigint NOT NULL,
    event_type text NOT NULL,
    payload jsonb NOT NULL,
    actor text NULL,
    node text NOT NULL,
    occurred_at timestamptz NOT NULL,
    UNIQUE (grain_type, grain_key, sequence)
);

CREATE TABLE {schema}.reminders (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    name text NOT NULL,
    due_at timestamptz NOT NULL,
    period_ms bigint NULL,
    lease_owner text NULL,
    lease_until timestamptz NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE INDEX reminders_due ON {schema}.reminders (due_at);
