using BenchmarkDotNet.Attributes;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Storage;
using OrleansGrainId = Orleans.Runtime.GrainId;

namespace HeresHealthy.Bench;

/// <summary>
/// H: one grain state write through Orleans' storage interface on PostgreSQL, on the paths the move to Orleans offers:
/// the ADO.NET provider with the project's own SQL (0003_orleans.sql) and System.Text.Json serializer, and the outbox
/// storage (state plus one event, in one statement). Floor: the ADO.NET update statement's work sent directly through
/// prepared Npgsql (a conditional UPDATE of the same JSON as jsonb). One caller, one silo co-hosted as in the app.
/// </summary>
[MemoryDiagnoser]
public class OrleansStorageBenchmarks
{
    private readonly string _schema = BenchPostgres.NewSchema();
    private IHost? _host;
    private NpgsqlDataSource? _raw;
    private IGrainStorage? _adoNet;
    private IGrainStorage? _outbox;
    private readonly BenchState _adoNetValue = BenchState.Sample();
    private readonly BenchOutboxState _outboxValue = new();
    private GrainState<BenchState>? _adoNetState;
    private GrainState<BenchOutboxState>? _outboxState;
    private int _floorVersion;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var storage = new PostgresStorage(BenchPostgres.ConnectionString, _schema);
        await storage.MigrateAsync(CancellationToken.None);
        var options = new StorageOptions { Provider = StorageProviderKind.Postgres, PostgresConnectionString = BenchPostgres.ConnectionString, PostgresSchema = _schema };
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IStorageProvider>(storage).AddSingleton<CommitSignal>().Configure<SiloOptions>(o => o.NodeId = "bench");
        builder.UseOrleans(silo => silo.UseHeresHealthySilo(options, new ConfigurationBuilder().Build()));
        _host = builder.Build();
        await _host.StartAsync();
        _adoNet = _host.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        _outbox = _host.Services.GetRequiredKeyedService<IGrainStorage>(OutboxGrainStorage.Name);
        _raw = BenchPostgres.RawDataSource(BenchPostgres.ConnectionString);
        await using var insert = _raw.CreateCommand($"INSERT INTO {_schema}.orleans_storage VALUES ('floor', 'bench', 0, 0, 'floor', 0, $1::jsonb, 1)");
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = System.Text.Json.JsonSerializer.Serialize(BenchState.Sample(), Silo.SiloJson.Options) });
        await insert.ExecuteNonQueryAsync();
        _floorVersion = 1;
        (_adoNetState, _outboxState) = (new(_adoNetValue), new(_outboxValue));
    }

    [Benchmark(Baseline = true, Description = "floor: conditional UPDATE of the JSON, prepared Npgsql")]
    public async Task FloorAsync()
    {
        await using var update = _raw!.CreateCommand(
            $"UPDATE {_schema}.orleans_storage SET payload = $1::jsonb, version = version + 1, modified_at = now() " +
            "WHERE service_id = 'floor' AND state_name = 'bench' AND grain_id_n0 = 0 AND grain_id_n1 = 0 AND grain_key = 'floor' AND version = $2 RETURNING version");
        update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = System.Text.Json.JsonSerializer.Serialize(_adoNetValue, Silo.SiloJson.Options) });
        update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = _floorVersion });
        _floorVersion = Convert.ToInt32(await update.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "Orleans ADO.NET provider, project SQL + STJ serializer")]
    public Task AdoNetAsync()
    {
        _adoNetValue.Counter++;
        return _adoNet!.WriteStateAsync("bench", OrleansGrainId.Create("bench", "adonet"), _adoNetState!);
    }

    [Benchmark(Description = "outbox storage: state + 1 event in one statement")]
    public Task OutboxAsync()
    {
        _outboxValue.Counter++;
        _outboxValue.Raise(new BenchChanged(_outboxValue.Counter));
        return _outbox!.WriteStateAsync("bench-outbox", OrleansGrainId.Create("bench", "outbox"), _outboxState!);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        if (_raw is not null)
        {
            await _raw.DisposeAsync();
        }

        await BenchPostgres.DropSchemaAsync(_schema);
    }
}
