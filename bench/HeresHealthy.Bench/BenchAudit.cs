using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Web.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// The audit trail on PostgreSQL storage it owns, in a new schema (migrated; dropped on dispose), with the web app's
/// group-commit writer started on it as the app starts it but without the rest of the app, and a data source of its own
/// for the floors (raw Npgsql on the same server).
/// </summary>
internal sealed class BenchAudit : IAsyncDisposable
{
    private readonly PostgresStorage _storage;

    private BenchAudit(string schema, PostgresStorage storage, AuditWriter writer, NpgsqlDataSource raw) =>
        (Schema, _storage, Writer, Raw) = (schema, storage, writer, raw);

    public string Schema { get; }

    public IAuditTrail Trail => _storage.Audit;

    public AuditWriter Writer { get; }

    public NpgsqlDataSource Raw { get; }

    public static async Task<BenchAudit> StartAsync()
    {
        var connectionString = BenchPostgres.ConnectionString;
        var schema = BenchPostgres.NewSchema();
        var storage = new PostgresStorage(connectionString, schema);
        await storage.MigrateAsync(CancellationToken.None);
        var writer = new AuditWriter(storage, TimeProvider.System, NullLogger<AuditWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        return new BenchAudit(schema, storage, writer, BenchPostgres.RawDataSource(connectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.StopAsync(CancellationToken.None);
        Writer.Dispose();
        await _storage.DisposeAsync();
        await Raw.DisposeAsync();
        await BenchPostgres.DropSchemaAsync(Schema);
    }
}
