using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// The guarantees Orleans alone does not give, on PostgreSQL with two silos of one cluster (membership in the test's
/// schema): a command id is carried out once whichever silo it reaches and after restarts; a deadline that fell due
/// while no silo ran is fired by Orleans' own reminder service after the next start.
/// </summary>
public sealed class PostgresClusterTests
{
    private readonly PostgresTarget _target = new();
    private readonly string _case = Sample.Id();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_command_sent_again_through_the_other_silo_and_after_a_restart_is_carried_out_once()
    {
        var refer = Sample.Refer(DateTimeOffset.UtcNow);
        var note = new AddPracticeMessage(Sample.Id(), Sample.Practice(), "Familie kommt Donnerstag wieder.");
        await using (var first = await ProtocolNode.StartAsync(_target))
        await using (var second = await ProtocolNode.StartAsync(_target, seed: false))
        {
            Assert.False((await first.Case(_case).MustAsync(refer)).Repeated);
            Assert.True((await second.Case(_case).MustAsync(refer)).Repeated);
            Assert.False((await second.Case(_case).MustAsync(note)).Repeated);
            Assert.True((await first.Case(_case).MustAsync(note)).Repeated);
        }

        await using var restarted = await ProtocolNode.StartAsync(_target, seed: false);
        Assert.True((await restarted.Case(_case).MustAsync(note)).Repeated);
        var events = (await restarted.Storage.Events.ReadAsync(1, 1000, Cancel)).Events.Where(e => e.Grain.Key == _case).ToList();
        Assert.Equal(2, events.Count);
        Assert.Single((await restarted.StateAsync(_case)).Messages);
    }

    [Fact]
    public async Task A_deadline_that_fell_due_while_no_silo_ran_is_fired_by_Orleans_after_the_start()
    {
        var time = new FakeTimeProvider(GermanTime.At(new DateOnly(2026, 11, 2), new TimeOnly(9, 0)));
        await using (var before = await ProtocolNode.StartAsync(_target, time))
        {
            await before.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));
            var reminder = await before.Reminders.ReadRow(GrainId.Create("case", _case), "deadline", Cancel);
            Assert.NotNull(reminder);

            // As if the days until the deadline had passed while no silo ran: its first tick lies in the past, its next
            // one (a period later) ten seconds after this.
            reminder.StartAt = DateTime.UtcNow - reminder.Period + TimeSpan.FromSeconds(10);
            await before.Reminders.UpsertRow(reminder, Cancel);
        }

        time.SetUtcNow(GermanTime.At(new DateOnly(2026, 11, 20), new TimeOnly(9, 0)));
        await using var after = await ProtocolNode.StartAsync(_target, time, seed: false, tickReminders: true);

        await Eventually.HoldsAsync(async () => (await after.StateAsync(_case)).Overdue.Count == 3, "Orleans fired the deadline reminder", seconds: 60);
        Assert.Equal(
            [Obligation.AssignReferral, Obligation.FirstContactFeedback, Obligation.FirstContactFeedback],
            (await after.StateAsync(_case)).Overdue.Select(f => f.Obligation));
    }
}
