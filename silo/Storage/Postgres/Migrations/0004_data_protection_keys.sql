-- The app's data-protection keys (session cookies, anti-forgery tokens), shared by every node of the cluster.
CREATE TABLE {schema}.data_protection_keys (
    name text PRIMARY KEY,
    xml text NOT NULL,
    created_at timestamptz NOT NULL
);
