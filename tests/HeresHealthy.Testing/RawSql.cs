using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeresHealthy.Testing;

/// <summary>Runs SQL on a storage target's database behind the provider's back, to damage what it stored.</summary>
public static class RawSql
{
    /// <summary>Executes <paramref name="sql"/>; "{schema}" stands for the PostgreSQL schema and is dropped on SQLite.</summary>
    public static async Task<int> ExecuteAsync(StorageTarget target, string sql)
    {
        switch (target)
        {
            case PostgresTarget postgres:
                await using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand(sql.Replace("{schema}", postgres.Schema, StringComparison.Ordinal), connection);
                    return await command.ExecuteNonQueryAsync();
                }

            case SqliteTarget sqlite:
                await using (var connection = new SqliteConnection(sqlite.ConnectionString))
                {
                    await connection.OpenAsync();
                    await using var command = new SqliteCommand(sql.Replace("{schema}.", "", StringComparison.Ordinal), connection);
                    return await command.ExecuteNonQueryAsync();
                }

            default:
                throw new NotSupportedException($"{target.GetType().Name} has no database to change behind its back.");
        }
    }
}
