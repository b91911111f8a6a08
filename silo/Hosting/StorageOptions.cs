namespace HeresHealthy.Silo.Hosting;

/// <summary>Which storage provider a silo uses. Configuration keys: Storage:Provider, ConnectionStrings:Sqlite, ConnectionStrings:Postgres.</summary>
public sealed class StorageOptions
{
    public StorageProviderKind Provider { get; set; } = StorageProviderKind.Sqlite;

    public string SqliteConnectionString { get; set; } = "Data Source=data/hereshealthy.db";

    public string PostgresConnectionString { get; set; } = "";

    /// <summary>The PostgreSQL schema holding the tables; tests give each test its own.</summary>
    public string PostgresSchema { get; set; } = "heres";
}
