using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>
/// PostgreSQL, the arbiter between nodes: conditional state writes with their events in one statement,
/// NOTIFY on commit.
/// </summary>
public sealed class PostgresStorage : IStorageProvider, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSql _sql;

    public PostgresStorage(string connectionString, string schema)
    {
        _dataSource = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));
        _sql = new PostgresSql(schema);
        States = new PostgresStateStore(_dataSource, _sql);
        FirstRuntimeReminders = new PostgresFirstRuntimeReminders(_dataSource, _sql);
        Events = new PostgresEventLog(_dataSource, _sql);
        Audit = new PostgresAuditTrail(_dataSource, _sql);
        Keys = new PostgresKeyRingStore(_dataSource, _sql);
    }

    /// <summary>How many statements Npgsql prepares per connection unless the connection string says otherwise.</summary>
    public const int MaxAutoPrepare = 64;

    public string Name => "postgres";

    public IStateStore States { get; }

    public IEventLog Events { get; }

    public IAuditTrail Audit { get; }

    public IFirstRuntimeReminders FirstRuntimeReminders { get; }

    public IKeyRingStore Keys { get; }

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        PostgresMigrator.ApplyAsync(_dataSource, _sql, cancellationToken);

    public Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) =>
        PostgresListener.RunAsync(_dataSource, _sql.Channel, ownNode, onCommit, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>
    /// The runtime sends the same few statements over and over: Npgsql prepares each on the server once it has been used
    /// a few times, so PostgreSQL parses and plans it once per connection instead of at every call. A connection string
    /// that sets "Max Auto Prepare" itself keeps its value.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
