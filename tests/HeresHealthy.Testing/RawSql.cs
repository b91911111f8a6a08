using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeresHealthy.Testing;

/// <summary>Runs SQL on a storage target's database behind the provider's back, to damage what it stored.</summary>
public static class RawSql
{
    /// <summary>Executes <paramref name="sql"/>; "{schema}" stands for the PostgreSQL schema and is dropped on SQLite.</summary>
    public static async Task<int> ExecuteAsync(StorageTarget target, string sql) =>
        Convert.ToInt32(await RunAsync(target, sql, scalar: false), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first column of the first row <paramref name="sql"/> reads ("{schema}" as above).</summary>
    public static Task<object?> ScalarAsync(StorageTarget target, string sql) => RunAsync(target, sql, scalar: true);

    private static async Task<object?> RunAsync(StorageTarget target, string sql, bool scalar)
    {
        switch (target)
        {
            case PostgresTarget postgres:
                await using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand(sql.Replace("{schema}", postgres.Schema, StringComparison.Ordinal), connection);
                    return scalar ? await command.ExecuteScalarAsync() : await command.ExecuteNonQueryAsync();
                }

            case SqliteTarget sqlite:
                await using (var connection = new SqliteConnection(sqlite.ConnectionString))
                {
                    await connection.OpenAsync();
                    await using var command = new SqliteCommand(sql.Replace("{schema}.", "", StringComparison.Ordinal), connection);
                    return scalar ? await command.ExecuteScalarAsync() : await command.ExecuteNonQueryAsync();
                }

            default:
                throw new NotSupportedException($"{target.GetType().Name} has no database to change behind its back.");
        }
    }
}
