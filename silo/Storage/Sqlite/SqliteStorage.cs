using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

/// <summary>The embedded default: one SQLite file, single node. Commits are serialized, so positions commit in order.</summary>
public sealed class SqliteStorage : IStorageProvider
{
    private readonly string _connectionString;

    public SqliteStorage(string connectionString)
    {
        _connectionString = connectionString;
        States = new SqliteStateStore(OpenAsync);
        Events = new SqliteEventLog(OpenAsync);
        Audit = new SqliteAuditTrail(OpenAsync);
        FirstRuntimeReminders = new SqliteFirstRuntimeReminders(OpenAsync);
        Keys = new SqliteKeyRingStore(connectionString);
    }

    public string Name => "sqlite";

    public IStateStore States { get; }

    public IEventLog Events { get; }

    public IAuditTrail Audit { get; }

    public IFirstRuntimeReminders FirstRuntimeReminders { get; }

    public IKeyRingStore Keys { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(_connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await SqliteMigrator.ApplyAsync(connection, cancellationToken);
    }

    public Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
