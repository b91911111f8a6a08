using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Storage;

/// <summary>The contract every storage provider keeps, run unchanged against each of them.</summary>
public abstract class StorageContractTests<TTarget> : IAsyncLifetime where TTarget : StorageTarget, new()
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly IStorageProvider _storage = new TTarget().CreateStorage();
    private readonly StateId _grain = new("case", Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _storage.MigrateAsync(Cancel);

    public async ValueTask DisposeAsync()
    {
        if (_storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Migrations_applied_twice_change_nothing()
    {
        await _storage.MigrateAsync(Cancel);
        await _storage.States.WriteAsync(Write(0, "{}", "Referred"), Cancel);

        Assert.Equal(1, (await _storage.States.ReadAsync(_grain, Cancel))!.Version);
    }

    [Fact]
    public async Task A_grain_never_written_has_no_state()
    {
        Assert.Null(await _storage.States.ReadAsync(_grain, Cancel));
    }

    [Fact]
    public async Task The_first_write_creates_version_one_with_its_events_in_sequence()
    {
        var result = await _storage.States.WriteAsync(Write(0, """{"status":"Referred"}""", "Referred", "ReceiptSent"), Cancel);

        Assert.Equal(1, result.Version);
        Assert.Equal(2, result.EventSequence);
        Assert.Equal(2, result.Positions.Count);
        Assert.True(result.Positions[1] > result.Positions[0]);
        var stored = await _storage.States.ReadAsync(_grain, Cancel);
        Assert.Equal(new StoredState(stored!.Payload, 1, 2), stored);
        Assert.Contains("Referred", stored.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_against_a_stale_version_is_refused_and_changes_nothing()
    {
        await _storage.States.WriteAsync(Write(0, """{"n":1}""", "A"), Cancel);
        await _storage.States.WriteAsync(Write(1, """{"n":2}""", "B"), Cancel);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.States.WriteAsync(Write(1, """{"n":3}""", "C"), Cancel));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.States.WriteAsync(Write(0, """{"n":4}""", "D"), Cancel));

        var stored = await _storage.States.ReadAsync(_grain, Cancel);
        Assert.Equal(2, stored!.Version);
        Assert.Contains("2", stored.Payload, StringComparison.Ordinal);
        var events = await ReadAllAsync();
        Assert.Equal(["A", "B"], events.Select(e => e.Type));
    }

    [Fact]
    public async Task Events_of_all_grains_are_read_back_by_position_with_their_metadata()
    {
        var other = _grain with { Key = _grain.Key + "-other" };
        await _storage.States.WriteAsync(Write(0, "{}", "A"), Cancel);
        await _storage.States.WriteAsync(new StateWrite(other, 0, "{}", [new PendingEvent("X", """{"x":1}""")], null, "node-b", _now), Cancel);
        await _storage.States.WriteAsync(Write(1, "{}", "B"), Cancel);

        var events = await ReadAllAsync();
        Assert.Equal(["A", "X", "B"], events.Select(e => e.Type));
        Assert.Equal([1L, 1L, 2L], events.Select(e => e.Sequence));
        Assert.Equal(events[2].Position, await _storage.Events.ReadHeadAsync(Cancel));
        Assert.Equal("practice:1", events[0].Actor);
        Assert.Null(events[1].Actor);
        Assert.Equal("node-b", events[1].Node);
        Assert.Equal(_now, events[0].Time);
        Assert.Equal(events[1], Assert.Single((await _storage.Events.ReadAsync(events[1].Position, 1, Cancel)).Events));
        Assert.Equal(events.Skip(1), (await _storage.Events.ReadAsync(events[1].Position, 10, Cancel)).Events);
    }

    private StateWrite Write(long expectedVersion, string payload, params string[] eventTypes) =>
        new(_grain, expectedVersion, payload, [.. eventTypes.Select(t => new PendingEvent(t, $$"""{"kind":"{{t}}"}"""))], "practice:1", "node-a", _now);

    private async Task<IReadOnlyList<EventEnvelope>> ReadAllAsync() => (await _storage.Events.ReadAsync(1, 1000, Cancel)).Events;
}

public sealed class MemoryStorageContractTests : StorageContractTests<MemoryTarget>;

public sealed class SqliteStorageContractTests : StorageContractTests<SqliteTarget>;

public sealed class PostgresStorageContractTests : StorageContractTests<PostgresTarget>;
