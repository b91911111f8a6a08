using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>
/// An Orleans grain whose state is an <see cref="OutboxState"/> commits its events with its state in one transaction of
/// the project's store: each write appends its events to the outbox with the next per-grain sequence, a refused write
/// appends nothing, and the sequence survives a restart. On every store a node may run on.
/// </summary>
public abstract class OutboxGrainStorageTests<TTarget>
    where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _serviceId = $"heres-{Guid.NewGuid():N}";

    [Fact]
    public async Task Each_write_appends_its_events_to_the_outbox_with_the_next_sequence_and_hands_them_to_the_dispatcher()
    {
        await using var cluster = await OrleansCluster.StartAsync(_target, _serviceId);
        var grain = cluster.Client.GetGrain<ITallyGrain>("zaehler-1");

        Assert.Equal(1, await grain.AddAsync(2));
        Assert.Equal(2, await grain.AddAsync(3));

        var events = await OutboxAsync();
        Assert.Equal([(1L, new TallyAdded(2, 2)), (2L, new TallyAdded(3, 5))], events.Select(e => (e.Sequence, e.Deserialize<TallyAdded>())));
        Assert.All(events, e => Assert.Equal((new StateId("tally", "zaehler-1"), "TallyAdded", "test-node"), (e.Grain, e.Type, e.Node)));
        var signal = cluster.GetSiloServiceProvider().GetRequiredService<CommitSignal>();
        Assert.Equal(events.Select(e => e.Position), signal.TakeLocal().Select(e => e.Position));
    }

    [Fact]
    public async Task The_state_and_its_event_sequence_are_read_again_after_a_restart()
    {
        await using (var cluster = await OrleansCluster.StartAsync(_target, _serviceId))
        {
            await cluster.Client.GetGrain<ITallyGrain>("zaehler-2").AddAsync(4);
        }

        await using var restarted = await OrleansCluster.StartAsync(_target, _serviceId);
        var grain = restarted.Client.GetGrain<ITallyGrain>("zaehler-2");
        Assert.Equal(4, await grain.TotalAsync());
        Assert.Equal(2, await grain.AddAsync(1));
        Assert.Equal([1L, 2L], (await OutboxAsync()).Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_write_on_a_stale_version_is_refused_and_appends_no_event()
    {
        await using var cluster = await OrleansCluster.StartAsync(_target, _serviceId);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(OutboxGrainStorage.Name);
        var id = Orleans.Runtime.GrainId.Create("tally", "zaehler-3");
        var raised = new TallyState { Total = 1 };
        raised.Raise(new TallyAdded(1, 1));
        var first = new GrainState<TallyState>(raised);
        await storage.WriteStateAsync("tally", id, first);

        var other = new TallyState { Total = 99 };
        other.Raise(new TallyAdded(99, 99));
        var stale = new GrainState<TallyState>(other) { ETag = null };
        await Assert.ThrowsAsync<Orleans.Storage.InconsistentStateException>(() => storage.WriteStateAsync("tally", id, stale));

        Assert.Equal([1L], (await OutboxAsync()).Select(e => e.Sequence));
        var read = new GrainState<TallyState>(new TallyState());
        await storage.ReadStateAsync("tally", id, read);
        Assert.NotNull(read.State);
        Assert.Equal((1, 1L, "1"), (read.State.Total, read.State.EventSequence, read.ETag));
    }

    private async Task<IReadOnlyList<EventEnvelope>> OutboxAsync() =>
        (await _target.CreateStorage().Events.ReadAsync(1, 100, TestContext.Current.CancellationToken)).Events;
}

public sealed class MemoryOutboxGrainStorageTests : OutboxGrainStorageTests<MemoryTarget>;

public sealed class SqliteOutboxGrainStorageTests : OutboxGrainStorageTests<SqliteTarget>;

public sealed class PostgresOutboxGrainStorageTests : OutboxGrainStorageTests<PostgresTarget>;
