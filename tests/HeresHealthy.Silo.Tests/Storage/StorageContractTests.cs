using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Storage;

/// <summary>The contract every storage provider keeps, run unchanged against each of them.</summary>
public abstract class StorageContractTests<TTarget> : IAsyncLifetime where TTarget : StorageTarget, new()
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly IStorageProvider _storage = new TTarget().CreateStorage();
    private readonly GrainId _grain = new("case", Guid.NewGuid().ToString("N"));

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

    [Fact]
    public async Task A_registered_reminder_is_read_back_and_moved_by_registering_again()
    {
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "assign", _now.AddHours(1), null), Cancel);
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "stale", _now.AddDays(42), TimeSpan.FromDays(1)), Cancel);
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "assign", _now.AddHours(2), null), Cancel);

        var reminders = await _storage.Reminders.ReadAsync(_grain, Cancel);

        Assert.Equal([new Reminder(_grain, "assign", _now.AddHours(2), null), new Reminder(_grain, "stale", _now.AddDays(42), TimeSpan.FromDays(1))], reminders);
        await _storage.Reminders.DeleteAsync(_grain, "assign", Cancel);
        Assert.Equal(["stale"], (await _storage.Reminders.ReadAsync(_grain, Cancel)).Select(r => r.Name));
    }

    [Fact]
    public async Task A_due_reminder_is_claimed_by_one_node_until_its_lease_runs_out()
    {
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "due", _now.AddMinutes(-1), null), Cancel);
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "later", _now.AddMinutes(1), null), Cancel);

        var first = await _storage.Reminders.ClaimDueAsync("a", _now, TimeSpan.FromMinutes(1), 10, Cancel);
        var second = await _storage.Reminders.ClaimDueAsync("b", _now, TimeSpan.FromMinutes(1), 10, Cancel);
        var afterLease = await _storage.Reminders.ClaimDueAsync("b", _now.AddSeconds(61), TimeSpan.FromMinutes(1), 10, Cancel);

        Assert.Equal(["due"], first.Select(r => r.Name));
        Assert.Empty(second);
        Assert.Equal(["due", "later"], afterLease.Select(r => r.Name).Order());
    }

    [Fact]
    public async Task Completing_a_claimed_reminder_deletes_it_or_moves_it_to_its_next_due_time()
    {
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "once", _now.AddMinutes(-1), null), Cancel);
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "daily", _now.AddMinutes(-1), TimeSpan.FromDays(1)), Cancel);
        var claimed = await _storage.Reminders.ClaimDueAsync("a", _now, TimeSpan.FromMinutes(1), 10, Cancel);

        foreach (var reminder in claimed)
        {
            await _storage.Reminders.CompleteAsync(reminder, "a", reminder.Period is null ? null : reminder.DueAt + reminder.Period, Cancel);
        }

        var left = Assert.Single(await _storage.Reminders.ReadAsync(_grain, Cancel));
        Assert.Equal(new Reminder(_grain, "daily", _now.AddMinutes(-1).AddDays(1), TimeSpan.FromDays(1)), left);
        Assert.Empty(await _storage.Reminders.ClaimDueAsync("b", _now, TimeSpan.FromMinutes(1), 10, Cancel));
    }

    [Fact]
    public async Task A_reminder_registered_again_while_it_fires_is_not_deleted_by_the_completion()
    {
        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "deadline", _now.AddMinutes(-1), null), Cancel);
        var claimed = Assert.Single(await _storage.Reminders.ClaimDueAsync("a", _now, TimeSpan.FromMinutes(1), 10, Cancel));

        await _storage.Reminders.UpsertAsync(new Reminder(_grain, "deadline", _now.AddDays(2), null), Cancel);
        await _storage.Reminders.CompleteAsync(claimed, "a", null, Cancel);

        Assert.Equal([new Reminder(_grain, "deadline", _now.AddDays(2), null)], await _storage.Reminders.ReadAsync(_grain, Cancel));
    }

    private StateWrite Write(long expectedVersion, string payload, params string[] eventTypes) =>
        new(_grain, expectedVersion, payload, [.. eventTypes.Select(t => new PendingEvent(t, $$"""{"kind":"{{t}}"}"""))], "practice:1", "node-a", _now);

    private async Task<IReadOnlyList<EventEnvelope>> ReadAllAsync() => (await _storage.Events.ReadAsync(1, 1000, Cancel)).Events;
}

public sealed class MemoryStorageContractTests : StorageContractTests<MemoryTarget>;

public sealed class SqliteStorageContractTests : StorageContractTests<SqliteTarget>;

public sealed class PostgresStorageContractTests : StorageContractTests<PostgresTarget>;
