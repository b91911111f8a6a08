using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>The PostgreSQL server that bench/run.sh starts (through scripts/with-postgres.sh) and names in ConnectionStrings__Postgres.</summary>
internal static class BenchPostgres
{
    public const string Variable = "ConnectionStrings__Postgres";

    public static bool IsConfigured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL benchmarks need a server: run bench/run.sh, which starts one, or set {Variable} to a connection string.");

    /// <summary>
    /// The floors' own data source: raw Npgsql with the same server-side preparation the storage provider turns on
    /// (Max Auto Prepare), so a floor is the best the same SQL can do through Npgsql, not a slower variant of it.
    /// </summary>
    public static NpgsqlDataSource RawDataSource(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = Silo.Storage.Postgres.PostgresStorage.MaxAutoPrepare }.ConnectionString);

    /// <summary>A new, unused schema name; the storage provider's migrations create it and its tables.</summary>
    public static string NewSchema() => $"bench_{Guid.NewGuid():N}";

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
