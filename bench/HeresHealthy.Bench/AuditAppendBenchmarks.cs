using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Web.Audit;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// Audit trail appends on PostgreSQL against their floor: the same row INSERTed straight through Npgsql in one round
/// trip (no advisory lock, no head read, no hash, no transaction) into a copy of the audit_trail table (same columns and
/// indexes) in the same schema. The chain side runs through <see cref="IAuditTrail.AppendAsync"/> of
/// <see cref="PostgresStorage"/> and through the web app's <see cref="AuditWriter"/> (its group commit, hosted here
/// without the rest of the app). Concurrent requests: 32 callers issued at once; Mean and Op/s are per entry.
/// <see cref="Raw_Npgsql_chain_protocol"/> is a diagnostic, not a floor: the chain's round trips (transaction, advisory
/// lock with head read, single-row INSERT, commit: the protocol before the append became one round trip) with raw Npgsql
/// on a table of its own, without sealing.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AuditAppendBenchmarks
{
    public const int Concurrent = 32;

    private const string One = "D: one audit entry on PostgreSQL";
    private const string Many = "E: 32 concurrent audit entries on PostgreSQL, per entry";
    private const string Actor = "bench-actor";
    private const string Action = "GET /api/cases/{id}";
    private const string CaseId = "case-0001";
    private const int Status = 200;
    private static readonly string[] _cases = [CaseId];
    private static readonly string _someHash = new('a', 64);

    private BenchAudit? _audit;
    private string _floorInsert = "";
    private string _protocolHead = "";
    private string _protocolInsert = "";
    private long _floorSequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _audit = await BenchAudit.StartAsync();
        var schema = _audit.Schema;
        await using (var copy = _audit.Raw.CreateCommand($"""
            CREATE TABLE {schema}.audit_floor (LIKE {schema}.audit_trail INCLUDING ALL);
            CREATE TABLE {schema}.audit_protocol (LIKE {schema}.audit_trail INCLUDING ALL);
            """))
        {
            await copy.ExecuteNonQueryAsync();
        }

        _floorInsert = $"""
            INSERT INTO {schema}.audit_floor (sequence, occurred_at, actor, action, case_id, status, previous_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """;
        _protocolHead = $"""
            SELECT pg_advisory_xact_lock(hashtext('{schema}.audit_protocol'));
            SELECT sequence, hash FROM {schema}.audit_protocol ORDER BY sequence DESC LIMIT 1;
            """;
        _protocolInsert = _floorInsert.Replace(".audit_floor ", ".audit_protocol ", StringComparison.Ordinal);

        // The first row of each: the chain gets its genesis link, every measured append has a head to read.
        await Raw_Npgsql_INSERT();
        await AuditTrail_AppendAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_audit is not null)
        {
            await _audit.DisposeAsync();
        }
    }

    [BenchmarkCategory(One)]
    [Benchmark(Baseline = true)]
    public Task<int> Raw_Npgsql_INSERT()
    {
        var command = Ready(_audit).Raw.CreateCommand(_floorInsert);
        AddRow(command, Interlocked.Increment(ref _floorSequence));
        return ExecuteAsync(command);
    }

    private static void AddRow(NpgsqlCommand command, long sequence)
    {
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequence });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = DateTimeOffset.UtcNow });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Actor });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Action });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CaseId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Status });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _someHash });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _someHash });
    }

    [BenchmarkCategory(One)]
    [Benchmark]
    public async Task<int> Raw_Npgsql_chain_protocol()
    {
        await using var connection = await Ready(_audit).Raw.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        long head = 0;
        await using (var command = new NpgsqlCommand(_protocolHead, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.NextResultAsync();
            if (await reader.ReadAsync())
            {
                head = reader.GetInt64(0);
            }
        }

        int inserted;
        await using (var insert = new NpgsqlCommand(_protocolInsert, connection, transaction))
        {
            AddRow(insert, head + 1);
            inserted = await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return inserted;
    }

    [BenchmarkCategory(One)]
    [Benchmark]
    public Task<IReadOnlyList<AuditRecord>> AuditTrail_AppendAsync() =>
        Ready(_audit).Trail.AppendAsync([Entry()], CancellationToken.None);

    [BenchmarkCategory(One)]
    [Benchmark]
    public Task AuditWriter_RecordAsync() => Ready(_audit).Writer.RecordAsync(Actor, Action, _cases, Status);

    [BenchmarkCategory(Many)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrent)]
    public Task Raw_Npgsql_INSERT_x32_concurrent()
    {
        var inserts = new Task[Concurrent];
        for (var i = 0; i < Concurrent; i++)
        {
            inserts[i] = Raw_Npgsql_INSERT();
        }

        return Task.WhenAll(inserts);
    }

    [BenchmarkCategory(Many)]
    [Benchmark(OperationsPerInvoke = Concurrent)]
    public Task AuditWriter_RecordAsync_x32_concurrent()
    {
        var writer = Ready(_audit).Writer;
        var requests = new Task[Concurrent];
        for (var i = 0; i < Concurrent; i++)
        {
            requests[i] = writer.RecordAsync(Actor, Action, _cases, Status);
        }

        return Task.WhenAll(requests);
    }

    [BenchmarkCategory(Many)]
    [Benchmark(OperationsPerInvoke = Concurrent)]
    public Task<IReadOnlyList<AuditRecord>> AuditTrail_AppendAsync_batch_of_32()
    {
        var entries = new AuditEntry[Concurrent];
        for (var i = 0; i < Concurrent; i++)
        {
            entries[i] = Entry();
        }

        return Ready(_audit).Trail.AppendAsync(entries, CancellationToken.None);
    }

    private static AuditEntry Entry() => new(DateTimeOffset.UtcNow, Actor, Action, CaseId, Status);

    private static async Task<int> ExecuteAsync(NpgsqlCommand command)
    {
        await using (command)
        {
            return await command.ExecuteNonQueryAsync();
        }
    }

    private static T Ready<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("GlobalSetup has not run.");
}
