using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage.Postgres;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// A grain call that changes state, raises one event and writes both to PostgreSQL, against its floor: the same
/// statement with the same parameters sent directly through Npgsql. Both run on one node whose event dispatcher
/// listens, as in production, and both write rows of the same schema (separate keys, so versions never collide).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class StateWriteBenchmarks
{
    private const string Write = "B: state + 1 event on PostgreSQL";

    private readonly string _schema = BenchPostgres.NewSchema();
    private BenchSilo? _silo;
    private NpgsqlDataSource? _dataSource;
    private DirectStateWriter? _direct;
    private ILedgerGrain? _grain;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = BenchPostgres.ConnectionString;
        _silo = await BenchSilo.StartAsync(new PostgresStorage(connectionString, _schema));
        _dataSource = BenchPostgres.RawDataSource(connectionString);
        var sql = new PostgresSql(_schema);
        _direct = new DirectStateWriter(_dataSource, sql, new GrainId("ledger", "direct"), _silo.Runtime.NodeId);
        _grain = _silo.Grains.GetGrain<ILedgerGrain>("grain");

        // The first write of each inserts its row; every measured write is a conditional update.
        await _direct.RecordAsync(1);
        await _grain.RecordAsync(1);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        await BenchPostgres.DropSchemaAsync(_schema);
    }

    [BenchmarkCategory(Write)]
    [Benchmark(Baseline = true)]
    public Task<long> Direct_Npgsql_same_SQL() => Ready(_direct).RecordAsync(1);

    [BenchmarkCategory(Write)]
    [Benchmark]
    public Task<long> Grain_WriteStateAsync() => Ready(_grain).RecordAsync(1);

    private static T Ready<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("GlobalSetup has not run.");
}
