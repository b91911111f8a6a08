using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Silo.Tests.Runtime;

/// <summary>The runtime's semantics, run unchanged on every storage provider.</summary>
public abstract class RuntimeTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _run = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Two_concurrent_calls_to_one_grain_never_overlap()
    {
        await using var node = await TestNode.StartAsync(_target);
        var grain = node.Grains.GetGrain<IWorkGrain>(_run);

        var overlaps = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.WorkAsync(_run)));

        Assert.Equal(1, overlaps.Max());
    }

    [Fact]
    public async Task Calls_to_different_grains_run_in_parallel()
    {
        await using var node = await TestNode.StartAsync(_target);

        var met = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => node.Grains.GetGrain<IWorkGrain>($"{_run}-{i}").MeetAsync(_run, 4)));

        Assert.All(met, Assert.True);
    }

    [Fact]
    public async Task A_grain_deactivated_when_idle_reactivates_with_its_persisted_state()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        await using var node = await TestNode.StartAsync(_target, o => (o.IdleAge, o.IdleScanInterval) = (TimeSpan.FromMinutes(10), TimeSpan.FromDays(1)), time);
        var grain = node.Grains.GetGrain<ILogGrain>(_run);
        await grain.AppendAsync("first");
        await grain.AppendAsync("second");

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await node.Runtime.CollectIdleAsync());
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await node.Runtime.CollectIdleAsync());
        Assert.Equal(0, node.Runtime.ActivationCount);

        Assert.Equal(["first", "second"], await grain.GetAsync());
        Assert.Equal(2, await grain.ActivationsAsync());
    }

    [Fact]
    public async Task The_idle_collector_runs_on_the_runtime_clock()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        await using var node = await TestNode.StartAsync(_target, o => (o.IdleAge, o.IdleScanInterval) = (TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)), time);
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("x");
        var start = time.GetUtcNow();

        await Eventually.HoldsAsync(
            () =>
            {
                time.Advance(TimeSpan.FromMinutes(1));
                return node.Runtime.ActivationCount == 0;
            },
            "the idle grain was collected");
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromMinutes(10), "collected no earlier than its idle age");
    }

    [Fact]
    public async Task Of_two_nodes_writing_one_grain_the_stale_writer_is_refused_and_its_retry_keeps_both_changes_in_order()
    {
        await using var first = await TestNode.StartAsync(_target);
        await using var second = await TestNode.StartAsync(_target);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("created");
        var gate = $"{_run}-gate";
        await second.Grains.GetGrain<ILogGrain>(_run).GetAsync();

        // The second node holds version 1 in a turn and writes only after the first node has written version 2.
        var stale = second.Grains.GetGrain<ILogGrain>(_run).AppendAfterGateAsync("from second", gate);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("from first");
        Gates.Open(gate);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.Contains($"log/{_run}", refused.Message, StringComparison.Ordinal);
        var stored = await first.Storage.States.ReadAsync(new GrainId("log", _run), TestContext.Current.CancellationToken);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(2, stored.EventSequence);

        await second.Grains.GetGrain<ILogGrain>(_run).AppendAsync("from second");

        Assert.Equal(["created", "from first", "from second"], await second.Grains.GetGrain<ILogGrain>(_run).GetAsync());
        var events = await ReadAllEventsAsync(second.Storage);
        Assert.Equal(["created", "from first", "from second"], events.Select(e => e.Deserialize<EntryAppended>().Entry));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_refused_write_publishes_no_event()
    {
        await using var first = await TestNode.StartAsync(_target);
        await using var second = await TestNode.StartAsync(_target);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("created");
        var gate = $"{_run}-gate";
        await second.Grains.GetGrain<ILogGrain>(_run).GetAsync();
        var stale = second.Grains.GetGrain<ILogGrain>(_run).AppendAfterGateAsync("lost", gate);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("kept");
        Gates.Open(gate);
        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        await first.Grains.GetGrain<ILogGrain>(_run).AppendAsync("last");

        foreach (var node in new[] { first, second })
        {
            await Eventually.HoldsAsync(() => node.Events.Seen.Any(e => e.Payload.Contains("last", StringComparison.Ordinal)), "the last event arrived");
            Assert.DoesNotContain(node.Events.Seen, e => e.Payload.Contains("lost", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(await ReadAllEventsAsync(first.Storage), e => e.Payload.Contains("lost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscribers_see_every_event_once_in_position_order_under_concurrent_writes()
    {
        await using var node = await TestNode.StartAsync(_target);
        const int Grains = 10, Writes = 5;

        await Task.WhenAll(Enumerable.Range(0, Grains).Select(async g =>
        {
            var grain = node.Grains.GetGrain<ILogGrain>($"{_run}-{g}");
            for (var w = 0; w < Writes; w++)
            {
                await grain.AppendAsync($"{g}:{w}");
            }
        }));

        await Eventually.HoldsAsync(() => node.Events.Seen.Count >= Grains * Writes, "every event arrived");
        var seen = node.Events.Seen;
        Assert.Equal(Grains * Writes, seen.Count);
        Assert.Equal(seen.Select(e => e.Position).Order(), seen.Select(e => e.Position));
        Assert.Equal(seen.Count, seen.Select(e => e.Position).Distinct().Count());
        foreach (var perGrain in seen.GroupBy(e => e.Grain))
        {
            Assert.Equal([1L, 2L, 3L, 4L, 5L], perGrain.Select(e => e.Sequence));
        }
    }

    [Fact]
    public async Task A_call_cycle_ends_with_the_timeout_error_naming_the_cycle()
    {
        await using var node = await TestNode.StartAsync(_target, o => o.CallTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => node.Grains.GetGrain<ICycleAGrain>(_run).StartAsync());

        Assert.Contains($"cyclea/{_run} -> cycleb/{_run} -> cyclea/{_run}", error.Message, StringComparison.Ordinal);
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Equal("pong", await node.Grains.GetGrain<ICycleAGrain>(_run).PingAsync());
    }

    [Fact]
    public async Task A_corrupt_stored_state_gives_a_clear_error_naming_the_grain_and_other_grains_keep_working()
    {
        await using var node = await TestNode.StartAsync(_target);
        var corrupt = new GrainId("log", $"{_run}-corrupt");
        await node.Storage.States.WriteAsync(
            new StateWrite(corrupt, 0, """{"entries": 42}""", [], null, "test", DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<GrainActivationException>(() => node.Grains.GetGrain<ILogGrain>(corrupt.Key).GetAsync());
        Assert.Contains(corrupt.ToString(), error.Message, StringComparison.Ordinal);

        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("still serving");
        Assert.Equal(["still serving"], await node.Grains.GetGrain<ILogGrain>(_run).GetAsync());
        await Assert.ThrowsAsync<GrainActivationException>(() => node.Grains.GetGrain<ILogGrain>(corrupt.Key).GetAsync());
    }

    [Fact]
    public async Task Events_carry_the_actor_of_the_request()
    {
        await using var node = await TestNode.StartAsync(_target);

        RequestContext.Actor = "practice:herne-1/user-7";
        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("acted");
        RequestContext.Actor = null;

        var stored = Assert.Single(await ReadAllEventsAsync(node.Storage));
        Assert.Equal("practice:herne-1/user-7", stored.Actor);
        Assert.Equal(node.Runtime.NodeId, stored.Node);
    }

    private static async Task<IReadOnlyList<EventEnvelope>> ReadAllEventsAsync(IStorageProvider storage) =>
        (await storage.Events.ReadAsync(1, 10_000, TestContext.Current.CancellationToken)).Events;
}

public sealed class MemoryRuntimeTests : RuntimeTests<MemoryTarget>;

public sealed class SqliteRuntimeTests : RuntimeTests<SqliteTarget>;

public sealed class PostgresRuntimeTests : RuntimeTests<PostgresTarget>;
