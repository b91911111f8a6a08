using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// A database left by the first grain runtime holds its reminders in its own table; Orleans never saw them. At the first
/// start on Orleans each is handed over: a deadline that fell due meanwhile fires (the case registers what it needs
/// next with Orleans), and the old row goes.
/// </summary>
public abstract class FirstRuntimeReminderTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _case = Sample.Id();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deadline_reminder_of_the_first_runtime_fires_on_Orleans_and_leaves_the_old_table()
    {
        var time = new FakeTimeProvider(GermanTime.At(new DateOnly(2026, 11, 2), new TimeOnly(9, 0)));
        await using (var before = await ProtocolNode.StartAsync(_target, time))
        {
            await before.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));
            foreach (var reminder in (await before.Reminders.ReadRows(GrainId.Create("case", _case), Cancel)).Reminders)
            {
                Assert.True(await before.Reminders.RemoveRow(reminder.GrainId, reminder.ReminderName, reminder.ETag!, Cancel));
            }
        }

        // What the first runtime stored: its own row, due at the first deadline stage.
        var due = time.GetUtcNow().AddDays(1).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss+00:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await RawSql.ExecuteAsync(_target, $"INSERT INTO {{schema}}.reminders (grain_type, grain_key, name, due_at) VALUES ('case', '{_case}', 'deadline', '{due}')"));
        time.SetUtcNow(GermanTime.At(new DateOnly(2026, 11, 20), new TimeOnly(9, 0)));

        await using var after = await ProtocolNode.StartAsync(_target, time, seed: false);

        await Eventually.HoldsAsync(async () => (await after.StateAsync(_case)).Overdue.Count == 3, "the handed-over deadline fired");
        await Eventually.HoldsAsync(async () => (await after.Storage.FirstRuntimeReminders.ReadAsync(Cancel)).Count == 0, "the old row is gone");
        Assert.Equal(
            [Obligation.AssignReferral, Obligation.FirstContactFeedback, Obligation.FirstContactFeedback],
            (await after.StateAsync(_case)).Overdue.Select(f => f.Obligation));
    }
}

public sealed class SqliteFirstRuntimeReminderTests : FirstRuntimeReminderTests<SqliteTarget>;

public sealed class PostgresFirstRuntimeReminderTests : FirstRuntimeReminderTests<PostgresTarget>;
