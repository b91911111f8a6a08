using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>Deadlines become durable reminders that fire on a moving clock, counted in NRW working days.</summary>
public sealed class DeadlineTests
{
    private readonly string _case = Sample.Id();

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        GermanTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public async Task A_referral_on_Friday_afternoon_is_overdue_for_assignment_only_on_Monday_afternoon()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 6, 15));
        await using var node = await ProtocolNode.StartAsync(new SqliteTarget(), time);
        await node.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));

        time.SetUtcNow(Local(2026, 11, 9, 14, 59));
        await node.FireDueRemindersAsync();
        Assert.Empty((await node.StateAsync(_case)).Overdue);

        time.SetUtcNow(Local(2026, 11, 9, 15, 1));
        Assert.Equal(1, await node.FireDueRemindersAsync());
        var flag = Assert.Single((await node.StateAsync(_case)).Overdue);
        Assert.Equal((Obligation.AssignReferral, OverdueStage.Alert, Local(2026, 11, 9, 15)), (flag.Obligation, flag.Stage, flag.DueAt));
        var board = node.Grains.GetGrain<IWorkloadBoardGrain>(Sample.Network);
        await Eventually.HoldsAsync(async () => (await board.GetBoardAsync()).Overdue.Any(o => o.CaseId == _case), "the alert is on the board");

        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        Assert.Empty((await node.StateAsync(_case)).Overdue);
    }

    [Fact]
    public async Task An_urgent_referral_is_overdue_for_assignment_after_fifteen_minutes()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 10, 10));
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time);
        await node.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow(), urgent: true));

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await node.FireDueRemindersAsync());
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await node.FireDueRemindersAsync());

        Assert.Equal(Obligation.AssignReferral, Assert.Single((await node.StateAsync(_case)).Overdue).Obligation);
    }

    [Fact]
    public async Task Over_Easter_the_deadline_skips_Good_Friday_the_weekend_and_Easter_Monday()
    {
        var time = new FakeTimeProvider(Local(2027, 3, 25, 10));
        await using var node = await ProtocolNode.StartAsync(new SqliteTarget(), time);
        await node.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));

        time.SetUtcNow(Local(2027, 3, 29, 23));
        await node.FireDueRemindersAsync();
        Assert.Empty((await node.StateAsync(_case)).Overdue);

        time.SetUtcNow(Local(2027, 3, 30, 10, 1));
        await node.FireDueRemindersAsync();
        Assert.Equal(Local(2027, 3, 30, 10), Assert.Single((await node.StateAsync(_case)).Overdue).DueAt);
    }

    [Fact]
    public async Task A_missed_first_contact_attempt_first_reminds_the_Lotsin_then_alerts_the_board()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 2, 9));
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time);
        var lotsin = Sample.Lotsin("l-1");
        await node.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));
        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await node.Case(_case).MustAsync(new Accept(Sample.Id(), lotsin));

        time.SetUtcNow(Local(2026, 11, 4, 9, 1));
        await node.FireDueRemindersAsync();
        var reminder = Assert.Single((await node.Case(_case).GetLotsinViewAsync("l-1", Sample.Network))!.Overdue);
        Assert.Equal((Obligation.FirstContactAttempt, OverdueStage.Reminder), (reminder.Obligation, reminder.Stage));

        time.SetUtcNow(Local(2026, 11, 5, 9, 1));
        await node.FireDueRemindersAsync();
        Assert.Equal(
            [OverdueStage.Reminder, OverdueStage.Alert],
            (await node.StateAsync(_case)).Overdue.Where(f => f.Obligation == Obligation.FirstContactAttempt).Select(f => f.Stage));

        await node.Case(_case).MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, false, null));
        Assert.DoesNotContain((await node.StateAsync(_case)).Overdue, f => f.Obligation == Obligation.FirstContactAttempt);
    }

    [Fact]
    public async Task A_deadline_that_fell_due_while_no_node_ran_fires_after_restart()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 2, 9));
        var target = new SqliteTarget();
        await using (var before = await ProtocolNode.StartAsync(target, time))
        {
            await before.Case(_case).MustAsync(Sample.Refer(time.GetUtcNow()));
        }

        time.SetUtcNow(Local(2026, 11, 20, 9));
        await using var after = await ProtocolNode.StartAsync(target, time, seed: false);
        await after.FireDueRemindersAsync();

        Assert.Equal(
            [Obligation.AssignReferral, Obligation.FirstContactFeedback, Obligation.FirstContactFeedback],
            (await after.StateAsync(_case)).Overdue.Select(f => f.Obligation));
    }
}
