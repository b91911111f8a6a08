using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Memory;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Silo.Storage.Sqlite;

namespace HeresHealthy.Testing;

/// <summary>One fresh, empty store per test; every node a test starts on it shares the same data.</summary>
public abstract class StorageTarget
{
    public abstract IStorageProvider CreateStorage();
}

public sealed class MemoryTarget : StorageTarget
{
    private readonly MemoryStorage _shared = new();

    public override IStorageProvider CreateStorage() => _shared;
}

public sealed class SqliteTarget : StorageTarget
{
    public string ConnectionString { get; } = $"Data Source={Path.Combine(Path.GetTempPath(), $"heres-test-{Guid.NewGuid():N}.db")}";

    public override IStorageProvider CreateStorage() => new SqliteStorage(ConnectionString);
}

public sealed class PostgresTarget : StorageTarget
{
    public string Schema { get; } = PostgresServer.NewSchema();

    public override IStorageProvider CreateStorage() => new PostgresStorage(PostgresServer.ConnectionString, Schema);
}
