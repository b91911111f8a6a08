using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// B: a grain call that changes state, raises one event and writes both to PostgreSQL, against its floor: the same
/// statement with the same parameters sent directly through Npgsql. G: what a command on a case costs in storage, the
/// same write with the request's audit row: carried by the write (<see cref="AuditClaim"/>), against the way before
/// (the write, then the audit append in a round trip of its own) and against the floor: the same state SQL and a plain
/// INSERT of the row into a copy of the audit table (no lock, no head, no hash) in one batch through prepared Npgsql.
/// All run on one node whose event dispatcher listens, as in production, and write rows of the same schema (separate
/// keys, so versions never collide).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class StateWriteBenchmarks
{
    private const string Write = "B: state + 1 event on PostgreSQL";
    private const string Command = "G: state + 1 event + its audit row on PostgreSQL";
    private const string Action = "POST /api/referrals/{caseId}/messages";

    private readonly string _schema = BenchPostgres.NewSchema();
    private BenchSilo? _silo;
    private IStorageProvider? _storage;
    private NpgsqlDataSource? _dataSource;
    private DirectStateWriter? _direct;
    private DirectStateWriter? _directWithRow;
    private ILedgerGrain? _grain;
    private ILedgerGrain? _claimed;
    private ILedgerGrain? _appended;
    private string _floorInsert = "";
    private long _floorSequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = BenchPostgres.ConnectionString;
        _storage = new PostgresStorage(connectionString, _schema);
        _silo = await BenchSilo.StartAsync(_storage, new HeresHealthy.Silo.Hosting.StorageOptions { Provider = HeresHealthy.Silo.Hosting.StorageProviderKind.Postgres, PostgresConnectionString = connectionString, PostgresSchema = _schema });
        _dataSource = BenchPostgres.RawDataSource(connectionString);
        await using (var copy = _dataSource.CreateCommand($"CREATE TABLE {_schema}.audit_floor (LIKE {_schema}.audit_trail INCLUDING ALL)"))
        {
            await copy.ExecuteNonQueryAsync();
        }

        _floorInsert = $"""
            INSERT INTO {_schema}.audit_floor (sequence, occurred_at, actor, action, case_id, status, previous_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """;
        var sql = new PostgresSql(_schema);
        _direct = new DirectStateWriter(_dataSource, sql, new StateId("ledger", "direct"), _silo.NodeId);
        _directWithRow = new DirectStateWriter(_dataSource, sql, new StateId("ledger", "direct-with-row"), _silo.NodeId);
        _grain = _silo.Grains.GetGrain<ILedgerGrain>("grain");
        _claimed = _silo.Grains.GetGrain<ILedgerGrain>("claimed");
        _appended = _silo.Grains.GetGrain<ILedgerGrain>("appended");

        // The first write of each inserts its row; every measured write is a conditional update (after an audit head).
        await Direct_Npgsql_same_SQL();
        await Grain_WriteStateAsync();
        await Direct_Npgsql_same_SQL_and_plain_INSERT();
        await Grain_write_carrying_its_audit_row();
        await Grain_write_then_audit_append();
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

    [BenchmarkCategory(Command)]
    [Benchmark(Baseline = true)]
    public Task<long> Direct_Npgsql_same_SQL_and_plain_INSERT() => Ready(_directWithRow).RecordWithAsync(1, _floorInsert, parameters =>
    {
        parameters.Add(new NpgsqlParameter<long> { TypedValue = Interlocked.Increment(ref _floorSequence) });
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = DateTimeOffset.UtcNow });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = "Practice:praxis01" });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = Action });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = "direct" });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = 200 });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = AuditChain.Genesis });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = AuditChain.Genesis });
    });

    [BenchmarkCategory(Command)]
    [Benchmark]
    public async Task<long> Grain_write_carrying_its_audit_row()
    {
        var claim = new AuditClaim("claimed", Entry("claimed"));
        claim.Offer();
        var sequence = await Ready(_claimed).RecordAsync(1);
        claim.Close();
        return sequence;
    }

    [BenchmarkCategory(Command)]
    [Benchmark]
    public async Task<long> Grain_write_then_audit_append()
    {
        var version = await Ready(_appended).RecordAsync(1);
        await Ready(_storage).Audit.AppendAsync([Entry("appended")], CancellationToken.None);
        return version;
    }

    private static AuditEntry Entry(string caseId) => new(DateTimeOffset.UtcNow, "Practice:praxis01", Action, caseId, 200);

    private static T Ready<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("GlobalSetup has not run.");
}
