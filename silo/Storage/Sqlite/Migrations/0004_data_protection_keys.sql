-- The app's data-protection keys (session cookies, anti-forgery tokens), kept with the data they protect.
CREATE TABLE data_protection_keys (
    name TEXT PRIMARY KEY,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);
