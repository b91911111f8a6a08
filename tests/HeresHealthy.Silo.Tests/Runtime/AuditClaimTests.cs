using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Runtime;

/// <summary>A request's audit row commits with the state write of the grain it names, once, or not at all.</summary>
public abstract class AuditClaimTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _run = Guid.NewGuid().ToString("N");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_write_of_the_named_grain_commits_the_row_and_no_other_write_does()
    {
        await using var node = await TestNode.StartAsync(_target);
        var claim = Claim();

        RequestContext.Audit = claim;
        await node.Grains.GetGrain<ILogGrain>($"{_run}-other").AppendAsync("another grain");
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("first");
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("second");
        RequestContext.Audit = null;

        Assert.True(claim.Close());
        var row = Assert.Single(await node.Storage.Audit.ReadAsync(new AuditFilter(), Cancel));
        Assert.Equal((claim.Entry.Actor, claim.Entry.Action, _run, 200), (row.Actor, row.Action, row.CaseId, row.Status));
        var first = (await node.Storage.Events.ReadAsync(1, 100, Cancel)).Events.Single(e => e.Payload.Contains("\"first\"", StringComparison.Ordinal));
        Assert.Equal(AuditChain.StoredTime(first.Time), row.Time);
        Assert.Equal(new AuditVerification(true, 1, null), await node.Storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task A_refused_write_stores_no_row_and_the_retry_that_commits_stores_it_once()
    {
        await using var first = await TestNode.StartAsync(_target);
        await using var second = await TestNode.StartAsync(_target);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("created");
        var gate = $"{_run}-gate";
        await second.Grains.GetGrain<ILogGrain>(_run).GetAsync();
        var claim = Claim();

        RequestContext.Audit = claim;
        var stale = second.Grains.GetGrain<ILogGrain>(_run).AppendAfterGateAsync("from second", gate);
        RequestContext.Audit = null;
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("from first");
        Gates.Open(gate);
        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);

        Assert.Empty(await first.Storage.Audit.ReadAsync(new AuditFilter(), Cancel));

        RequestContext.Audit = claim;
        await second.Grains.GetGrain<ILogGrain>(_run).AppendAsync("from second");
        RequestContext.Audit = null;

        Assert.True(claim.Close());
        Assert.Single(await first.Storage.Audit.ReadAsync(new AuditFilter(), Cancel));
    }

    [Fact]
    public async Task A_closed_claim_is_taken_by_no_write()
    {
        await using var node = await TestNode.StartAsync(_target);
        var claim = Claim();

        Assert.False(claim.Close());
        RequestContext.Audit = claim;
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("after the answer");
        RequestContext.Audit = null;

        Assert.False(claim.Close());
        Assert.Empty(await node.Storage.Audit.ReadAsync(new AuditFilter(), Cancel));
    }

    private AuditClaim Claim() =>
        new(new GrainId("log", _run), new AuditEntry(default, "Practice:praxis01", "POST /api/referrals/{caseId}/messages", _run, 200));
}

public sealed class MemoryAuditClaimTests : AuditClaimTests<MemoryTarget>;

public sealed class SqliteAuditClaimTests : AuditClaimTests<SqliteTarget>;

public sealed class PostgresAuditClaimTests : AuditClaimTests<PostgresTarget>;
