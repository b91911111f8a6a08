using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Memory;
using HeresHealthy.Testing;
using HeresHealthy.Web.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Web.Tests.Audit;

/// <summary>
/// The audit writer's group commit (web/Audit/AuditWriter.cs) on a fake clock: pushes' rows wait for the next request's
/// transaction, or for <see cref="AuditWriter.BackgroundDelay"/>, and are never lost.
/// </summary>
public sealed class AuditWriterTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingStorage _storage = new();
    private readonly AuditWriter _writer;

    public AuditWriterTests() => _writer = new AuditWriter(_storage, _time, NullLogger<AuditWriter>.Instance);

    [Fact]
    public async Task A_request_takes_the_waiting_push_rows_along_in_its_own_transaction_in_time_order()
    {
        await _writer.StartAsync(TestContext.Current.CancellationToken);
        await _writer.RecordAsync("Practice:praxis01", "POST /api/referrals", ["fall-1"], 200);
        _writer.Enqueue("practice:praxis-01", "push case", "fall-1", 200);
        _time.Advance(TimeSpan.FromMilliseconds(5));
        _writer.Enqueue("coordinator:heres-healthy", "push board", "fall-1", 200);
        _time.Advance(TimeSpan.FromMilliseconds(5));
        await Task.Delay(50, TestContext.Current.CancellationToken); // a writer that wrote push rows at once would have done so by now

        await _writer.RecordAsync("Practice:praxis01", "POST /api/referrals/{caseId}/messages", ["fall-1"], 200);

        Assert.Equal(2, _storage.Appends);
        Assert.Equal(
            ["POST /api/referrals", "push case", "push board", "POST /api/referrals/{caseId}/messages"],
            (await StoredAsync()).OrderBy(r => r.Sequence).Select(r => r.Action));
    }

    [Fact]
    public async Task Push_rows_without_a_request_are_stored_once_the_background_delay_has_passed()
    {
        await _writer.StartAsync(TestContext.Current.CancellationToken);
        _writer.Enqueue("practice:praxis-01", "push case", "fall-2", 200);
        Assert.Empty(await StoredAsync());

        await Eventually.HoldsAsync(
            async () =>
            {
                _time.Advance(AuditWriter.BackgroundDelay);
                return (await StoredAsync()).Count == 1;
            },
            "the push row was stored without a request");
    }

    [Fact]
    public async Task Stopping_stores_push_rows_that_are_still_waiting()
    {
        await _writer.StartAsync(TestContext.Current.CancellationToken);
        _writer.Enqueue("practice:praxis-01", "push case", "fall-3", 200);

        await _writer.StopAsync(TestContext.Current.CancellationToken);

        Assert.Single(await StoredAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.StopAsync(CancellationToken.None);
        _writer.Dispose();
    }

    private Task<IReadOnlyList<AuditRecord>> StoredAsync() =>
        _storage.Audit.ReadAsync(new AuditFilter(), CancellationToken.None);

    /// <summary>Memory storage whose audit trail counts its appends (transactions).</summary>
    private sealed class CountingStorage() : ForwardingStorage(new MemoryStorage()), IAuditTrail
    {
        private int _appends;

        public int Appends => Volatile.Read(ref _appends);

        public override IAuditTrail Audit => this;

        public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _appends);
            return Inner.Audit.AppendAsync(entries, cancellationToken);
        }

        public Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken) =>
            Inner.Audit.ReadAsync(filter, cancellationToken);

        public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => Inner.Audit.VerifyAsync(cancellationToken);
    }
}
