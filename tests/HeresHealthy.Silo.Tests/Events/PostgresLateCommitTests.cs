using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;
using Npgsql;

namespace HeresHealthy.Silo.Tests.Events;

/// <summary>
/// On PostgreSQL, transactions can commit in another order than they drew their positions. Readers must neither
/// skip a position that commits late nor wait forever for one whose transaction rolled back.
/// </summary>
public sealed class PostgresLateCommitTests : IAsyncLifetime
{
    private readonly PostgresTarget _target = new();
    private readonly IStorageProvider _storage;
    private readonly NpgsqlConnection _held = new(PostgresServer.ConnectionString);
    private readonly string _run = Guid.NewGuid().ToString("N");

    public PostgresLateCommitTests() => _storage = _target.CreateStorage();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _storage.MigrateAsync(Cancel);
        await _held.OpenAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _held.DisposeAsync();
        await ((IAsyncDisposable)_storage).DisposeAsync();
    }

    [Fact]
    public async Task A_position_that_commits_late_is_delivered_before_the_later_ones()
    {
        await using var transaction = await _held.BeginTransactionAsync(Cancel);
        var late = await DrawPositionAsync(transaction, "late");
        var early = (await _storage.States.WriteAsync(Write("early"), Cancel)).Positions[0];
        Assert.True(early > late);
        var feed = new EventFeed(_storage.Events, late);

        Assert.Empty(await feed.ReadAsync(100, Cancel));
        Assert.Empty(await feed.ReadAsync(100, Cancel));

        await transaction.CommitAsync(Cancel);
        var delivered = await feed.ReadAsync(100, Cancel);
        Assert.Equal([late, early], delivered.Select(e => e.Position));
    }

    [Fact]
    public async Task A_position_whose_transaction_rolled_back_is_passed_over()
    {
        await using (var transaction = await _held.BeginTransactionAsync(Cancel))
        {
            await DrawPositionAsync(transaction, "rolled-back");
            await transaction.RollbackAsync(Cancel);
        }

        var kept = (await _storage.States.WriteAsync(Write("kept"), Cancel)).Positions[0];
        var feed = new EventFeed(_storage.Events, 1);
        var delivered = new List<EventEnvelope>();

        await Eventually.HoldsAsync(async () => (delivered = [.. await feed.ReadAsync(100, Cancel)]).Count > 0, "the gap was passed");

        Assert.Equal([kept], delivered.Select(e => e.Position));
        Assert.Equal(kept + 1, feed.NextPosition);
    }

    [Fact]
    public async Task A_subscriber_sees_every_position_in_order_when_commits_come_out_of_order()
    {
        await using var node = await TestNode.StartAsync(_target);
        await using var transaction = await _held.BeginTransactionAsync(Cancel);
        var late = await DrawPositionAsync(transaction, "late");
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("early");

        // Several poll intervals pass with the earlier position still open: nothing may be delivered past it.
        await Task.Delay(300, Cancel);
        Assert.Empty(node.Events.Seen);

        await transaction.CommitAsync(Cancel);
        await Eventually.HoldsAsync(() => node.Events.Seen.Count == 2, "both events arrived");
        Assert.Equal(late, node.Events.Seen[0].Position);
        Assert.Equal(late + 1, node.Events.Seen[1].Position);
        Assert.Equal("early", node.Events.Seen[1].Deserialize<EntryAppended>().Entry);
    }

    private Task<long> DrawPositionAsync(NpgsqlTransaction transaction, string entry) =>
        LatePosition.DrawAsync(transaction, _target.Schema, Write(entry), Cancel);

    private StateWrite Write(string entry) => new(
        new StateId("log", $"{_run}-{entry}"),
        0,
        $$"""{"entries":["{{entry}}"]}""",
        [new PendingEvent(nameof(EntryAppended), $$"""{"entry":"{{entry}}"}""")],
        null,
        "test",
        DateTimeOffset.UtcNow);
}
