using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

internal static class PostgresMigrator
{
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, PostgresSql sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Nodes starting together migrate one after the other.
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock(hashtext('{sql.Schema}.migrations'))", cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {sql.Schema};
            CREATE TABLE IF NOT EXISTS {sql.Schema}.schema_migrations (
                version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand($"SELECT version FROM {sql.Schema}.schema_migrations", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in Migration.For("Postgres").Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, migration.Sql.Replace("{schema}", sql.Schema, StringComparison.Ordinal), cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {sql.Schema}.schema_migrations (version, name) VALUES ($1, $2)", connection);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
