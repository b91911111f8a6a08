using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Storage;

/// <summary>The audit trail's contract, run unchanged against every storage provider.</summary>
public abstract class AuditTrailContractTests<TTarget> : IAsyncLifetime where TTarget : StorageTarget, new()
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly List<IStorageProvider> _providers = [];

    protected TTarget Target { get; } = new();

    protected IStorageProvider Storage => _providers[0];

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await OpenAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in _providers.Distinct().OfType<IAsyncDisposable>())
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_empty_trail_verifies_with_no_rows()
    {
        Assert.Equal(new AuditVerification(true, 0, null), await Storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task Appended_entries_are_read_back_newest_first_each_chained_to_the_one_before()
    {
        var appended = await Storage.Audit.AppendAsync([Entry("Practice:praxis01", "case-1", 0), Entry("Lotsin:lotsin1", "case-1", 1), Entry("System", null, 2)], Cancel);

        var read = await Storage.Audit.ReadAsync(new AuditFilter(), Cancel);

        Assert.Equal(appended.Reverse(), read);
        Assert.Equal([1L, 2L, 3L], appended.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, appended[0].PreviousHash);
        Assert.Equal(appended[0].Hash, appended[1].PreviousHash);
        Assert.Equal(appended[1].Hash, appended[2].PreviousHash);
        Assert.Equal(("Lotsin:lotsin1", "GET /api/lotsin/cases/{caseId}", "case-1", 200, _now.AddMinutes(1)), (read[1].Actor, read[1].Action, read[1].CaseId, read[1].Status, read[1].Time));
        Assert.Null(read[0].CaseId);
    }

    [Fact]
    public async Task Every_store_seals_rows_as_AuditChain_does_with_text_beyond_ASCII_no_case_and_times_cut_to_milliseconds()
    {
        var time = _now.AddTicks(1_234_567); // 123.4567 ms after a whole second: stored and hashed as 123 ms
        var appended = await Storage.Audit.AppendAsync([
            new AuditEntry(time, "Lotsin:jülide-öztürk", "POST /api/lotsin/cases/{caseId}/notizen ß", "fall-ä", 409),
            new AuditEntry(time.AddMilliseconds(1), "", "push board", null, 200),
        ], Cancel);

        Assert.All(appended, row => Assert.Equal(AuditChain.HashOf(row), row.Hash));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds()), appended[0].Time);
        Assert.Equal(appended.Reverse(), await Storage.Audit.ReadAsync(new AuditFilter(), Cancel));
        Assert.Equal(new AuditVerification(true, 2, null), await Storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task Reading_filters_by_case_actor_and_time_and_pages_by_sequence()
    {
        await Storage.Audit.AppendAsync([
            Entry("Practice:praxis01", "case-1", 0), Entry("Practice:praxis02", "case-2", 1), Entry("Practice:praxis01", "case-2", 2), Entry("Practice:praxis01", "case-1", 3),
        ], Cancel);

        var ofCase = await Storage.Audit.ReadAsync(new AuditFilter(CaseId: "case-2"), Cancel);
        var ofActor = await Storage.Audit.ReadAsync(new AuditFilter(Actor: "Practice:praxis01"), Cancel);
        var inTime = await Storage.Audit.ReadAsync(new AuditFilter(From: _now.AddMinutes(1), To: _now.AddMinutes(3)), Cancel);
        var firstPage = await Storage.Audit.ReadAsync(new AuditFilter(Limit: 3), Cancel);
        var nextPage = await Storage.Audit.ReadAsync(new AuditFilter(Limit: 3, BeforeSequence: firstPage[^1].Sequence), Cancel);

        Assert.Equal([3L, 2L], ofCase.Select(r => r.Sequence));
        Assert.Equal([4L, 3L, 1L], ofActor.Select(r => r.Sequence));
        Assert.Equal([3L, 2L], inTime.Select(r => r.Sequence));
        Assert.Equal([4L, 3L, 2L], firstPage.Select(r => r.Sequence));
        Assert.Equal([1L], nextPage.Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_chain_spanning_many_batches_verifies_row_by_row()
    {
        for (var batch = 0; batch < 12; batch++)
        {
            await Storage.Audit.AppendAsync([.. Enumerable.Range(0, 100).Select(i => Entry($"Lotsin:lotsin{i % 6}", $"case-{batch}-{i}"))], Cancel);
        }

        Assert.Equal(new AuditVerification(true, 1200, null), await Storage.Audit.VerifyAsync(Cancel));
    }

    [Fact]
    public async Task Two_appenders_on_one_store_make_one_valid_chain()
    {
        var other = await OpenAsync();

        await Task.WhenAll(AppendManyAsync(Storage, "node-a"), AppendManyAsync(other, "node-b"));

        Assert.Equal(new AuditVerification(true, 200, null), await Storage.Audit.VerifyAsync(Cancel));
        var rows = await Storage.Audit.ReadAsync(new AuditFilter(Limit: AuditFilter.MaxLimit), Cancel);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i).Reverse(), rows.Select(r => r.Sequence));
        Assert.Equal(100, rows.Count(r => r.Actor == "node-a"));
    }

    [Fact]
    public async Task Rows_of_a_state_write_commit_with_it_after_the_trail_and_a_refused_write_stores_none()
    {
        await Storage.Audit.AppendAsync([Entry("Lotsin:lotsin1", "case-1", 0)], Cancel);
        var grain = new StateId("case", "case-1");
        var row = new AuditEntry(_now.AddMinutes(1), "Practice:praxis01", "POST /api/referrals/{caseId}/messages", "case-1", 200);

        await Storage.States.WriteAsync(Write(grain, 0) with { Audit = [row] }, Cancel);
        await Storage.States.WriteAsync(Write(grain, 1) with { Audit = [row with { Time = _now.AddMinutes(2) }] }, Cancel);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.States.WriteAsync(Write(grain, 0) with { Audit = [row with { Status = 201 }] }, Cancel));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.States.WriteAsync(Write(grain, 1) with { Audit = [row with { Status = 202 }] }, Cancel));

        var rows = await Storage.Audit.ReadAsync(new AuditFilter(), Cancel);
        Assert.Equal([3L, 2L, 1L], rows.Select(r => r.Sequence));
        Assert.Equal([200, 200, 200], rows.Select(r => r.Status));
        Assert.Equal(("Practice:praxis01", "POST /api/referrals/{caseId}/messages", "case-1", _now.AddMinutes(1)), (rows[1].Actor, rows[1].Action, rows[1].CaseId, rows[1].Time));
        Assert.All(rows, r => Assert.Equal(AuditChain.HashOf(r), r.Hash));
        Assert.Equal(new AuditVerification(true, 3, null), await Storage.Audit.VerifyAsync(Cancel));
        Assert.Equal(2, (await Storage.States.ReadAsync(grain, Cancel))!.Version);
    }

    [Fact]
    public async Task Appenders_and_state_writes_with_rows_on_two_nodes_make_one_valid_chain()
    {
        var other = await OpenAsync();

        await Task.WhenAll(AppendManyAsync(Storage, "node-a"), AppendManyAsync(other, "node-b"), WriteManyAsync(Storage, "node-a"), WriteManyAsync(other, "node-b"));

        Assert.Equal(new AuditVerification(true, 240, null), await Storage.Audit.VerifyAsync(Cancel));
        var rows = await Storage.Audit.ReadAsync(new AuditFilter(Limit: AuditFilter.MaxLimit), Cancel);
        Assert.Equal(40, rows.Count(r => r.Action.StartsWith("POST", StringComparison.Ordinal)));
    }

    protected static AuditEntry Entry(string actor, string? caseId, int minute = 0) =>
        new(_now.AddMinutes(minute), actor, caseId is null ? "push board" : "GET /api/lotsin/cases/{caseId}", caseId, 200);

    private static async Task AppendManyAsync(IStorageProvider storage, string actor)
    {
        for (var batch = 0; batch < 20; batch++)
        {
            await storage.Audit.AppendAsync([.. Enumerable.Range(0, 5).Select(_ => new AuditEntry(_now, actor, "hub LiveHub.CatchUp", null, 200))], Cancel);
        }
    }

    // 20 grains of this node, each written once with its row, while the other node and both appenders append too.
    private static async Task WriteManyAsync(IStorageProvider storage, string node)
    {
        for (var i = 0; i < 20; i++)
        {
            var grain = new StateId("case", $"{node}-{i}");
            await storage.States.WriteAsync(Write(grain, 0) with { Audit = [new AuditEntry(_now, node, "POST /api/referrals/{caseId}/messages", grain.Key, 200)] }, Cancel);
        }
    }

    private static StateWrite Write(StateId grain, long expectedVersion) =>
        new(grain, expectedVersion, "{}", [new PendingEvent("X", """{"x":1}""")], null, "node-a", _now);

    private async Task<IStorageProvider> OpenAsync()
    {
        var storage = Target.CreateStorage();
        _providers.Add(storage);
        await storage.MigrateAsync(Cancel);
        return storage;
    }
}

public sealed class MemoryAuditTrailContractTests : AuditTrailContractTests<MemoryTarget>;

public sealed class SqliteAuditTrailContractTests : AuditTrailContractTests<SqliteTarget>;

public sealed class PostgresAuditTrailContractTests : AuditTrailContractTests<PostgresTarget>;
