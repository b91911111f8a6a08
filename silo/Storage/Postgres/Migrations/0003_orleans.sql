-- The tables and named queries that Orleans' ADO.NET providers read (clustering, grain state, reminders), written
-- by the project against the providers' query contract: each provider loads its queries from orleansquery by key
-- and binds them by parameter name (@DeploymentId, @GrainIdHash, ...); the columns they read back are named here with
-- AS. The app's connection string for Orleans sets Search Path to this schema, so the providers find orleansquery.

CREATE TABLE {schema}.orleansquery (
    querykey varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);

-- Cluster membership: one version row per cluster (deployment) and one row per silo that ever joined it.
CREATE TABLE {schema}.orleans_membership_version (
    deployment_id text PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);

CREATE TABLE {schema}.orleans_membership (
    deployment_id text NOT NULL REFERENCES {schema}.orleans_membership_version (deployment_id),
    address text NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name text NOT NULL,
    host_name text NOT NULL,
    status integer NOT NULL,
    proxy_port integer NULL,
    suspect_times text NULL,
    start_time timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- Grain state: one row per service, state name and grain key. The payload is the storage serializer's UTF-8 JSON,
-- kept as jsonb (readable, searchable for erasure checks); a cleared state keeps its row with no payload.
CREATE TABLE {schema}.orleans_storage (
    service_id text NOT NULL,
    state_name text NOT NULL,
    grain_id_n0 bigint NOT NULL,
    grain_id_n1 bigint NOT NULL,
    grain_key text NOT NULL,
    grain_id_hash integer NOT NULL,
    payload jsonb NULL,
    version integer NOT NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, state_name, grain_id_n0, grain_id_n1, grain_key)
);

-- Durable reminders: the hash ring range a silo owns is read by grain_hash.
CREATE TABLE {schema}.orleans_reminders (
    service_id text NOT NULL,
    grain_id text NOT NULL,
    reminder_name text NOT NULL,
    start_time timestamptz NOT NULL,
    period bigint NOT NULL,
    grain_hash integer NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX orleans_reminders_by_hash ON {schema}.orleans_reminders (service_id, grain_hash);

INSERT INTO {schema}.orleansquery (querykey, querytext) VALUES
-- Clustering ---------------------------------------------------------------------------------------------------------
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO {schema}.orleans_membership_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING RETURNING 1)
SELECT EXISTS (SELECT 1 FROM inserted)
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE {schema}.orleans_membership SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),
('InsertMembershipKey', $q$
WITH next_version AS (
    UPDATE {schema}.orleans_membership_version SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
    RETURNING deployment_id),
inserted AS (
    INSERT INTO {schema}.orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM next_version
    ON CONFLICT DO NOTHING RETURNING 1)
SELECT EXISTS (SELECT 1 FROM inserted)
$q$),
('UpdateMembershipKey', $q$
WITH next_version AS (
    UPDATE {schema}.orleans_membership_version SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
    RETURNING deployment_id),
updated AS (
    UPDATE {schema}.orleans_membership m
    SET status = @Status, suspect_times = CAST(@SuspectTimes AS text), i_am_alive_time = @IAmAliveTime
    FROM next_version v
    WHERE m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM updated)
$q$),
('MembershipReadRowKey', $q$
SELECT v.version AS Version, m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
       m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
       m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM {schema}.orleans_membership_version v
LEFT JOIN {schema}.orleans_membership m ON m.deployment_id = v.deployment_id
    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
SELECT v.version AS Version, m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
       m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
       m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM {schema}.orleans_membership_version v
LEFT JOIN {schema}.orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$q$),
('GatewaysQueryKey', $q$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
FROM {schema}.orleans_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),
('DeleteMembershipTableEntriesKey', $q$
WITH members AS (DELETE FROM {schema}.orleans_membership WHERE deployment_id = @DeploymentId)
DELETE FROM {schema}.orleans_membership_version WHERE deployment_id = @DeploymentId
$q$),
-- Silos that stopped answering before @IAmAliveTime and are not active (3 = SiloStatus.Active) are forgotten.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM {schema}.orleans_membership
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3
$q$),
-- Grain state --------------------------------------------------------------------------------------------------------
-- A write with no version inserts (and finds nothing to return if the row exists: a conflict); a write with a version
-- updates only that version. No row returned, or the old version, is a conflict for the provider.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE {schema}.orleans_storage
    SET payload = convert_from(@PayloadBinary, 'UTF8')::jsonb, version = version + 1, modified_at = now()
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_key = coalesce(CAST(@GrainIdExtensionString AS text), '') AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version),
inserted AS (
    INSERT INTO {schema}.orleans_storage (service_id, state_name, grain_id_n0, grain_id_n1, grain_key, grain_id_hash, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(CAST(@GrainIdExtensionString AS text), ''), @GrainIdHash,
           convert_from(@PayloadBinary, 'UTF8')::jsonb, 1
    WHERE CAST(@GrainStateVersion AS integer) IS NULL
    ON CONFLICT DO NOTHING RETURNING version)
SELECT version AS NewGrainStateVersion FROM updated
UNION ALL SELECT version FROM inserted
$q$),
('ReadFromStorageKey', $q$
SELECT convert_to(payload::text, 'UTF8') AS PayloadBinary, version AS Version
FROM {schema}.orleans_storage
WHERE service_id = @ServiceId AND state_name = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_key = coalesce(CAST(@GrainIdExtensionString AS text), '')
$q$),
('ClearStorageKey', $q$
UPDATE {schema}.orleans_storage SET payload = NULL, version = version + 1, modified_at = now()
WHERE service_id = @ServiceId AND state_name = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_key = coalesce(CAST(@GrainIdExtensionString AS text), '') AND version = CAST(@GrainStateVersion AS integer)
RETURNING version AS NewGrainStateVersion
$q$),
-- Reminders ----------------------------------------------------------------------------------------------------------
('ReadReminderRowsKey', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM {schema}.orleans_reminders WHERE service_id = @ServiceId AND grain_id = @GrainId
$q$),
('ReadReminderRowKey', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM {schema}.orleans_reminders WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$q$),
('ReadRangeRows1Key', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM {schema}.orleans_reminders WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$q$),
('ReadRangeRows2Key', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM {schema}.orleans_reminders WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$),
('UpsertReminderRowKey', $q$
INSERT INTO {schema}.orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = excluded.start_time, period = excluded.period, grain_hash = excluded.grain_hash,
    version = {schema}.orleans_reminders.version + 1
RETURNING version AS Version
$q$),
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM {schema}.orleans_reminders
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName AND version = @Version
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM deleted)
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM {schema}.orleans_reminders WHERE service_id = @ServiceId
$q$);
