using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;
using Npgsql;

namespace HeresHealthy.Silo.Tests.Events;

/// <summary>
/// The dispatcher reads the outbox only when it may hold something undelivered: a node's own commits come from the write,
/// and their notifications are stale by the time they arrive. The poll interval here is five minutes, so whatever is
/// delivered within a test was delivered because of a commit or a notification, not because of the poll.
/// </summary>
public sealed class OutboxReadTests : IAsyncLifetime
{
    private static readonly TimeSpan _noPoll = TimeSpan.FromMinutes(5);
    private readonly CountingTarget _target = new();
    private readonly string _run = Guid.NewGuid().ToString("N");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_nodes_own_commits_reach_its_subscribers_without_an_outbox_read()
    {
        await using var node = await TestNode.StartAsync(_target, options => options.EventPollInterval = _noPoll);
        var log = node.Grains.GetGrain<ILogGrain>(_run);
        for (var i = 0; i < 20; i++)
        {
            await log.AppendAsync($"entry {i}");
        }

        await Eventually.HoldsAsync(() => node.Events.Seen.Count == 20, "every commit was delivered");

        // The dispatcher reads until a read finds nothing, so the empty reads count its runs of reads. Two at most,
        // both at start: the first run, and the one when the listener began (notifications may have been missed before
        // it); either may find commits the test made meanwhile. The node's own notifications are not passed on, and
        // every later commit came straight from its write. (Before, each commit cost a run after its delivery and one
        // for its notification.)
        Assert.InRange(_target.EmptyReads, 1, 2);
        Assert.Equal(0, _target.Notifications);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"entry {i}"), node.Events.Seen.Select(e => e.Deserialize<EntryAppended>().Entry));
    }

    [Fact]
    public async Task Another_nodes_commit_is_read_when_it_is_notified()
    {
        await using var reader = await TestNode.StartAsync(_target, options => options.EventPollInterval = _noPoll);
        await using var writer = await TestNode.StartAsync(_target, options => options.EventPollInterval = _noPoll);
        var readsBefore = _target.ReadsWithEvents;

        await writer.Grains.GetGrain<ILogGrain>(_run).AppendAsync("from the other node");

        await Eventually.HoldsAsync(() => reader.Events.Seen.Count == 1, "the other node's commit reached this node");
        Assert.Equal("from the other node", reader.Events.Seen[0].Deserialize<EntryAppended>().Entry);
        Assert.True(_target.ReadsWithEvents > readsBefore);
    }

    [Fact]
    public async Task A_commit_held_back_by_an_earlier_open_position_is_delivered_once_that_position_commits()
    {
        await using var node = await TestNode.StartAsync(_target, options => options.EventPollInterval = _noPoll);
        await using var held = new NpgsqlConnection(PostgresServer.ConnectionString);
        await held.OpenAsync(Cancel);
        await using var transaction = await held.BeginTransactionAsync(Cancel);
        var late = await LatePosition.DrawAsync(transaction, _target.Schema, new StateWrite(
            new StateId("log", $"{_run}-late"), 0, """{"entries":["late"]}""",
            [new PendingEvent(nameof(EntryAppended), """{"entry":"late"}""")], null, "test", DateTimeOffset.UtcNow), Cancel);
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("early");
        // The early commit came after a position not delivered yet: the node read the outbox and stopped at the gap.
        await Eventually.HoldsAsync(() => _target.ReadsWithEvents > 0, "the early commit was read");
        Assert.Empty(node.Events.Seen);

        await transaction.CommitAsync(Cancel);

        await Eventually.HoldsAsync(() => node.Events.Seen.Count == 2, "both events arrived");
        Assert.Equal([late, late + 1], node.Events.Seen.Select(e => e.Position));
    }

    /// <summary>PostgreSQL storage that counts outbox reads and the notifications its listener passes on.</summary>
    private sealed class CountingTarget : StorageTarget
    {
        private readonly PostgresTarget _inner = new();
        private int _emptyReads;
        private int _readsWithEvents;
        private int _notifications;

        public string Schema => _inner.Schema;

        public override HeresHealthy.Silo.Hosting.StorageOptions Options => _inner.Options;

        public int EmptyReads => Volatile.Read(ref _emptyReads);

        public int ReadsWithEvents => Volatile.Read(ref _readsWithEvents);

        public int Notifications => Volatile.Read(ref _notifications);

        public override IStorageProvider CreateStorage() => new Counting(_inner.CreateStorage(), this);

        private sealed class Counting(IStorageProvider inner, CountingTarget counts) : ForwardingStorage(inner), IEventLog
        {
            public override IEventLog Events => this;

            public override Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) =>
                Inner.ListenAsync(ownNode, position => { onCommit(position); if (position is not null) Interlocked.Increment(ref counts._notifications); }, cancellationToken);

            public async Task<EventPage> ReadAsync(long fromPosition, int max, CancellationToken cancellationToken)
            {
                var page = await Inner.Events.ReadAsync(fromPosition, max, cancellationToken);
                Interlocked.Increment(ref page.Events.Count == 0 ? ref counts._emptyReads : ref counts._readsWithEvents);
                return page;
            }

            public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => Inner.Events.ReadHeadAsync(cancellationToken);
        }
    }
}
