using Npgsql;

namespace HeresHealthy.Testing;

/// <summary>
/// The real PostgreSQL server that ./test.sh starts and names in ConnectionStrings__Postgres (the same key the app
/// and compose/ use). Each test gets a fresh schema of its own, so every test starts from a clean schema.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ConnectionStrings__Postgres";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run ./test.sh, which starts one, or set {Variable} to a connection string.");

    /// <summary>A new, unused schema name; the storage provider creates the schema and its tables.</summary>
    public static string NewSchema() => $"t_{Guid.NewGuid():N}";

    /// <summary>Runs SQL directly, bypassing the runtime, to inspect or damage what is stored.</summary>
    public static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The first column of every row <paramref name="sql"/> reads, as text, on the server of <paramref name="connectionString"/>.</summary>
    public static async Task<IReadOnlyList<string>> TextsAsync(string connectionString, string sql)
    {
        // Unpooled: a test that restarted the server must not get a connection that died with it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
