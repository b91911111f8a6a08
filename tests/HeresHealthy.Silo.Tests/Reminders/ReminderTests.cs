using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Silo.Tests.Reminders;

/// <summary>Durable reminders across restarts and nodes, on every storage provider.</summary>
public abstract class ReminderTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _run = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_reminder_that_fell_due_while_no_node_ran_fires_once_after_start()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        await using (var before = await TestNode.StartAsync(_target, time: time))
        {
            await before.Grains.GetGrain<IAlarmGrain>(_run).ScheduleAsync("first-contact", time.GetUtcNow().AddDays(3), null);
        }

        time.Advance(TimeSpan.FromDays(4));
        await using var after = await TestNode.StartAsync(_target, time: time);

        await Eventually.HoldsAsync(() => AlarmGrain.Firings.ContainsKey($"{_run}/first-contact"), "the reminder fired");
        await Eventually.HoldsAsync(
            async () => (await after.Storage.Reminders.ReadAsync(new GrainId("alarm", _run), TestContext.Current.CancellationToken)).Count == 0,
            "the fired reminder was completed");
        Assert.Equal(0, await after.FireDueRemindersAsync());
        Assert.Equal(1, AlarmGrain.Firings[$"{_run}/first-contact"]);
        Assert.Equal(1, (await after.Grains.GetGrain<IAlarmGrain>(_run).FiredAsync())["first-contact"]);
    }

    [Fact]
    public async Task A_reminder_does_not_fire_before_it_is_due()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        await using var node = await TestNode.StartAsync(_target, o => o.ReminderPollInterval = Timeout.InfiniteTimeSpan, time);
        await node.Grains.GetGrain<IAlarmGrain>(_run).ScheduleAsync("assign", time.GetUtcNow().AddMinutes(15), null);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await node.FireDueRemindersAsync());
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await node.FireDueRemindersAsync());
    }

    [Fact]
    public async Task A_periodic_reminder_fires_once_per_period_and_stays_registered()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        await using var node = await TestNode.StartAsync(_target, o => o.ReminderPollInterval = Timeout.InfiniteTimeSpan, time);
        var start = time.GetUtcNow();
        await node.Grains.GetGrain<IAlarmGrain>(_run).ScheduleAsync("stale-check", start.AddDays(1), TimeSpan.FromDays(1));

        for (var day = 1; day <= 3; day++)
        {
            time.SetUtcNow(start.AddDays(day).AddMinutes(1));
            Assert.Equal(1, await node.FireDueRemindersAsync());
        }

        Assert.Equal(3, (await node.Grains.GetGrain<IAlarmGrain>(_run).FiredAsync())["stale-check"]);
        var left = Assert.Single(await node.Storage.Reminders.ReadAsync(new GrainId("alarm", _run), TestContext.Current.CancellationToken));
        Assert.Equal(start.AddDays(4), left.DueAt);
    }

    [Fact]
    public async Task With_two_nodes_polling_one_store_every_due_reminder_fires_exactly_once()
    {
        const int Count = 300;
        var ct = TestContext.Current.CancellationToken;
        var setup = _target.CreateStorage();
        await setup.MigrateAsync(ct);
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < Count; i++)
        {
            await setup.Reminders.UpsertAsync(new Reminder(new GrainId("alarm", $"{_run}-{i}"), "deadline", due, null), ct);
        }

        Action<Hosting.SiloOptions> fast = o => (o.ReminderPollInterval, o.ReminderBatchSize) = (TimeSpan.FromMilliseconds(5), 7);
        await using var first = await TestNode.StartAsync(_target, fast);
        await using var second = await TestNode.StartAsync(_target, fast);

        await Eventually.HoldsAsync(() => Enumerable.Range(0, Count).All(i => AlarmGrain.Firings.ContainsKey($"{_run}-{i}/deadline")), "all reminders fired");
        await Eventually.HoldsAsync(
            async () => await RemainingAsync(setup, Count) == 0,
            "every fired reminder was completed");
        Assert.Equal(0, await first.FireDueRemindersAsync() + await second.FireDueRemindersAsync());

        var firings = Enumerable.Range(0, Count).Select(i => AlarmGrain.Firings[$"{_run}-{i}/deadline"]).ToList();
        Assert.Equal(Count, firings.Count(f => f == 1));
        TestContext.Current.SendDiagnosticMessage($"{Count} reminders fired {firings.Sum()} times in all across two nodes");
    }

    private async Task<int> RemainingAsync(IStorageProvider storage, int count)
    {
        var remaining = 0;
        for (var i = 0; i < count; i++)
        {
            remaining += (await storage.Reminders.ReadAsync(new GrainId("alarm", $"{_run}-{i}"), TestContext.Current.CancellationToken)).Count;
        }

        return remaining;
    }
}

public sealed class MemoryReminderTests : ReminderTests<MemoryTarget>;

public sealed class SqliteReminderTests : ReminderTests<SqliteTarget>;

public sealed class PostgresReminderTests : ReminderTests<PostgresTarget>;
