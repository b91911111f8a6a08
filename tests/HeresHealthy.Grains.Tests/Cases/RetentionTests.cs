using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>A closed case keeps its personal data for the retention period, a durable reminder, and is anonymised then.</summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan Period = new RetentionOptions().ClosedCasesAfter;
    private readonly string _case = Sample.Id();
    private readonly FakeTimeProvider _time = new(Sample.Monday);

    [Fact]
    public async Task A_closed_case_keeps_its_data_until_the_retention_period_ends_and_is_anonymised_then()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), _time);
        var closedAt = await CloseAsync(node);

        _time.SetUtcNow(closedAt + Period - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await node.FireDueRemindersAsync());
        Assert.NotNull((await node.StateAsync(_case)).Family);

        _time.SetUtcNow(closedAt + Period);
        Assert.Equal(1, await node.FireDueRemindersAsync());
        var state = await node.StateAsync(_case);
        Assert.Equal((closedAt + Period, closedAt, CaseOutcome.GoalsReached), (state.AnonymisedAt, state.ClosedAt, state.Outcome));
        Assert.Equal(("p-1", "Wanne", 2, 1), (state.PracticeId, state.District, state.Needs.Count, state.ContactAttempts.Count));
        Assert.Null(state.Family);
        Assert.All(state.Feedback, f => Assert.Null(f.Text));
        var practiceView = await node.Case(_case).GetPracticeViewAsync("p-1");
        Assert.Equal((true, null, 0), (practiceView!.Ended, practiceView.Family, practiceView.Feedback.Count));
        Assert.Null((await node.Case(_case).GetLotsinViewAsync("l-1", Sample.Network))!.Family);
    }

    [Fact]
    public async Task An_anonymised_case_still_counts_as_closed_on_the_board_but_leaves_the_case_lists()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), _time);
        var closedAt = await CloseAsync(node);
        var board = node.Grains.GetGrain<IWorkloadBoardGrain>(Sample.Network);
        await Eventually.HoldsAsync(async () => (await board.GetCasesOfPracticeAsync("p-1")).Contains(_case), "the closed case is in the practice's list");

        _time.SetUtcNow(closedAt + Period);
        await node.FireDueRemindersAsync();

        await Eventually.HoldsAsync(async () => !(await board.GetCasesOfPracticeAsync("p-1")).Contains(_case), "the anonymised case leaves the practice's list");
        Assert.DoesNotContain(_case, await board.GetCasesOfLotsinAsync("l-1"));
        var view = await board.GetBoardAsync();
        Assert.Equal((0, 1), (view.OpenCases, view.ClosedCases));
    }

    [Fact]
    public async Task The_retention_reminder_fires_after_a_restart()
    {
        var target = new SqliteTarget();
        DateTimeOffset closedAt;
        await using (var before = await ProtocolNode.StartAsync(target, _time))
        {
            closedAt = await CloseAsync(before);
        }

        _time.SetUtcNow(closedAt + Period + TimeSpan.FromDays(3));
        await using var after = await ProtocolNode.StartAsync(target, _time, seed: false);
        await after.FireDueRemindersAsync(); // the node's own poller may claim it first, as it starts

        await Eventually.HoldsAsync(async () => (await after.StateAsync(_case)).AnonymisedAt is not null, "the case is anonymised after the restart");
        Assert.Equal(closedAt + Period + TimeSpan.FromDays(3), (await after.StateAsync(_case)).AnonymisedAt);
    }

    [Fact]
    public async Task A_case_whose_consent_was_withdrawn_is_anonymised_too()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), _time);
        await node.Case(_case).MustAsync(Sample.Refer(_time.GetUtcNow()));
        await node.Case(_case).MustAsync(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        _time.Advance(Period);
        Assert.Equal(1, await node.FireDueRemindersAsync());

        var state = await node.StateAsync(_case);
        Assert.Equal((CaseOutcome.ConsentWithdrawn, _time.GetUtcNow()), (state.Outcome, state.AnonymisedAt));
    }

    [Fact]
    public async Task A_retention_reminder_delivered_a_second_time_records_no_second_event()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), _time);
        var closedAt = await CloseAsync(node);
        _time.SetUtcNow(closedAt + Period);
        await node.FireDueRemindersAsync();

        await node.Reminders.UpsertRow(new ReminderEntry { GrainId = GrainId.Create("case", _case), ReminderName = "retention", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await node.FireDueRemindersAsync());

        var events = (await node.Storage.Events.ReadAsync(1, 1000, TestContext.Current.CancellationToken)).Events;
        Assert.Single(events, e => e.Grain.Key == _case && e.Type == nameof(CaseAnonymised));
        Assert.Equal(closedAt + Period, (await node.StateAsync(_case)).AnonymisedAt);
        Assert.Equal(0, await node.FireDueRemindersAsync());
    }

    /// <summary>Refers, has the case accepted, one contact attempt, and closed; returns when it closed.</summary>
    private async Task<DateTimeOffset> CloseAsync(SiloNode node)
    {
        var lotsin = Sample.Lotsin("l-1");
        var grain = node.Case(_case);
        await grain.MustAsync(Sample.Refer(_time.GetUtcNow()));
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, "Mutter erreicht"));
        _time.Advance(TimeSpan.FromHours(1));
        await grain.MustAsync(new Close(Sample.Id(), lotsin, CaseOutcome.GoalsReached, "Familie ist gut angebunden."));
        return _time.GetUtcNow();
    }
}
