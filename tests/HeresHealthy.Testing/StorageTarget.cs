using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Memory;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Silo.Storage.Sqlite;

namespace HeresHealthy.Testing;

/// <summary>One fresh, empty store per test; every node a test starts on it shares the same data.</summary>
public abstract class StorageTarget
{
    public abstract IStorageProvider CreateStorage();

    /// <summary>The same store as Orleans' providers see it.</summary>
    public abstract StorageOptions Options { get; }
}

public sealed class MemoryTarget : StorageTarget
{
    private readonly MemoryStorage _shared = new();

    /// <summary>Orleans' reminders, shared by every silo started on this target, as a database table would be.</summary>
    public MemoryReminderTable Reminders { get; } = new();

    public override IStorageProvider CreateStorage() => _shared;

    public override StorageOptions Options => new() { Provider = StorageProviderKind.Memory };
}

public sealed class SqliteTarget : StorageTarget
{
    public string ConnectionString { get; } = $"Data Source={Path.Combine(Path.GetTempPath(), $"heres-test-{Guid.NewGuid():N}.db")}";

    public override IStorageProvider CreateStorage() => new SqliteStorage(ConnectionString);

    public override StorageOptions Options => new() { Provider = StorageProviderKind.Sqlite, SqliteConnectionString = ConnectionString };
}

public sealed class PostgresTarget(string? connectionString) : StorageTarget
{
    public PostgresTarget()
        : this(null)
    {
    }

    public string Schema { get; } = PostgresServer.NewSchema();

    /// <summary>The test run's server unless a test brought one of its own (<see cref="PrivatePostgres"/>).</summary>
    public string ConnectionString { get; } = connectionString ?? PostgresServer.ConnectionString;

    public override IStorageProvider CreateStorage() => new PostgresStorage(ConnectionString, Schema);

    public override StorageOptions Options => new()
    {
        Provider = StorageProviderKind.Postgres,
        PostgresConnectionString = ConnectionString,
        PostgresSchema = Schema,
    };
}
