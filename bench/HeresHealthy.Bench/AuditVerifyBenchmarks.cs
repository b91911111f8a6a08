using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Silo.Storage;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// Verification of an audit chain of 10,000 rows on PostgreSQL (<see cref="IAuditTrail.VerifyAsync"/>: pages of
/// <see cref="AuditChain.VerifyPage"/> rows, every link recomputed) against its floor: the same pages read with the same
/// query through Npgsql, every column read, nothing hashed. Mean and Op/s are per row.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AuditVerifyBenchmarks
{
    public const int Rows = 10_000;

    private const string Verify = "F: verify a chain of 10,000 audit rows on PostgreSQL, per row";

    private BenchAudit? _audit;
    private string _readAfter = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _audit = await BenchAudit.StartAsync();
        var schema = _audit.Schema;
        _readAfter = $"""
            SELECT sequence, occurred_at, actor, action, case_id, status, previous_hash, hash FROM {schema}.audit_trail
            WHERE sequence > $1 ORDER BY sequence LIMIT $2
            """;

        const int batch = 500;
        for (var appended = 0; appended < Rows; appended += batch)
        {
            var entries = Enumerable.Range(appended, batch)
                .Select(i => new AuditEntry(DateTimeOffset.UtcNow, $"actor-{i % 7}", "GET /api/cases/{id}", $"case-{i % 100:D4}", 200))
                .ToList();
            await _audit.Trail.AppendAsync(entries, CancellationToken.None);
        }

        var verification = await Chain_VerifyAsync();
        if (!verification.Ok || verification.RowsChecked != Rows)
        {
            throw new InvalidOperationException($"The bench chain does not hold: {verification}.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_audit is not null)
        {
            await _audit.DisposeAsync();
        }
    }

    [BenchmarkCategory(Verify)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public async Task<long> Raw_Npgsql_read_same_pages()
    {
        long read = 0;
        long after = 0;
        while (true)
        {
            await using var command = Ready(_audit).Raw.CreateCommand(_readAfter);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = AuditChain.VerifyPage });
            await using var reader = await command.ExecuteReaderAsync();
            var page = 0;
            while (await reader.ReadAsync())
            {
                after = reader.GetInt64(0);
                _ = reader.GetFieldValue<DateTimeOffset>(1);
                _ = reader.GetString(2);
                _ = reader.GetString(3);
                _ = reader.IsDBNull(4) ? null : reader.GetString(4);
                _ = reader.GetInt32(5);
                _ = reader.GetString(6);
                _ = reader.GetString(7);
                page++;
            }

            read += page;
            if (page < AuditChain.VerifyPage)
            {
                return read;
            }
        }
    }

    [BenchmarkCategory(Verify)]
    [Benchmark(OperationsPerInvoke = Rows)]
    public Task<AuditVerification> Chain_VerifyAsync() => Ready(_audit).Trail.VerifyAsync(CancellationToken.None);

    private static T Ready<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("GlobalSetup has not run.");
}
