using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeresHealthy.Testing;

/// <summary>Every row of every table a storage target holds, as text: what an erasure test searches.</summary>
public static class StoredRows
{
    public static async Task<IReadOnlyList<string>> ReadAllAsync(StorageTarget target) => target switch
    {
        PostgresTarget postgres => await ReadPostgresAsync(postgres.Schema),
        SqliteTarget sqlite => await ReadSqliteAsync(sqlite.ConnectionString),
        _ => throw new NotSupportedException($"{target.GetType().Name} keeps nothing on disk to search."),
    };

    /// <summary>Every row of every table of one schema on the test run's PostgreSQL server.</summary>
    public static async Task<IReadOnlyList<string>> ReadPostgresAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", connection))
        {
            list.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t::text FROM \"{schema}\".\"{table}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: {reader.GetString(0)}");
            }
        }

        return rows;
    }

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                rows.Add($"{table}: {string.Join(" | ", values)}");
            }
        }

        return rows;
    }
}
