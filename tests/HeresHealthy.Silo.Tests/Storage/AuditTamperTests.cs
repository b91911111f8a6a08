using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Storage;

/// <summary>Rows changed or removed behind the provider's back, with plain SQL, break the chain at that row.</summary>
public abstract class AuditTamperTests<TTarget> : IAsyncLifetime where TTarget : StorageTarget, new()
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TTarget _target = new();
    private readonly IStorageProvider _storage;

    protected AuditTamperTests() => _storage = _target.CreateStorage();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _storage.MigrateAsync(Cancel);
        await _storage.Audit.AppendAsync([.. Enumerable.Range(1, 3).Select(i => Entry($"case-{i}"))], Cancel);
        await _storage.Audit.AppendAsync([.. Enumerable.Range(4, 3).Select(i => Entry($"case-{i}"))], Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_untouched_chain_verifies()
    {
        Assert.Equal(new AuditVerification(true, 6, null), await _storage.Audit.VerifyAsync(Cancel));
    }

    [Theory]
    [InlineData("actor = 'Practice:someone-else'")]
    [InlineData("case_id = 'case-9'")]
    [InlineData("status = 403")]
    [InlineData("action = 'GET /api/board/'")]
    public async Task Changing_one_field_of_one_row_breaks_the_chain_at_that_row(string change)
    {
        Assert.Equal(1, await RawSql.ExecuteAsync(_target, $"UPDATE {{schema}}.audit_trail SET {change} WHERE sequence = 4"));

        Assert.Equal(new AuditVerification(false, 3, 4), await _storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task Changing_a_row_and_its_hash_breaks_the_chain_at_the_next_row()
    {
        var row = (await _storage.Audit.ReadAsync(new AuditFilter(CaseId: "case-2"), Cancel))[0];
        var forged = AuditChain.HashOf(row with { Actor = "System" });

        await RawSql.ExecuteAsync(_target, $"UPDATE {{schema}}.audit_trail SET actor = 'System', hash = '{forged}' WHERE sequence = 2");

        Assert.Equal(new AuditVerification(false, 2, 3), await _storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task Deleting_a_row_breaks_the_chain_where_it_was()
    {
        await RawSql.ExecuteAsync(_target, "DELETE FROM {schema}.audit_trail WHERE sequence = 5");

        Assert.Equal(new AuditVerification(false, 4, 5), await _storage.Audit.VerifyAsync(Cancel));
    }

    private static AuditEntry Entry(string caseId) => new(_now, "Practice:praxis01", "GET /api/referrals/{caseId}", caseId, 200);
}

public sealed class SqliteAuditTamperTests : AuditTamperTests<SqliteTarget>;

public sealed class PostgresAuditTamperTests : AuditTamperTests<PostgresTarget>;
