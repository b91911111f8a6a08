using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>The protocol through the grains, run unchanged on every storage provider.</summary>
public abstract class CaseScenarioTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _case = Sample.Id();

    [Fact]
    public async Task A_case_runs_from_referral_to_closing_and_the_practice_sees_only_what_is_its_to_see()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var grain = node.Case(_case);
        var lotsin = Sample.Lotsin("l-1");

        await grain.MustAsync(Sample.Refer(DateTimeOffset.UtcNow));
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, "intern: Vater am Telefon"));
        await grain.MustAsync(new SendFeedback(Sample.Id(), lotsin, FeedbackKind.FirstContact, "Erstes Treffen am Donnerstag vereinbart."));
        await grain.MustAsync(new RecordFirstMeeting(Sample.Id(), lotsin));
        await grain.MustAsync(new ReferOnward(Sample.Id(), lotsin, "offer-1"));
        var last = await grain.MustAsync(new Close(Sample.Id(), lotsin, CaseOutcome.HandedOver, "Familie ist bei den Frühen Hilfen angebunden."));

        Assert.Equal(8, last.Sequence);
        var view = (await grain.GetPracticeViewAsync("p-1"))!;
        Assert.Equal(CaseStatus.Closed, view.Status);
        Assert.Equal("Maria Schulte", view.LotsinName);
        Assert.Equal(
            [FeedbackKind.Receipt, FeedbackKind.Takeover, FeedbackKind.FirstContact, FeedbackKind.Closing],
            view.Feedback.Select(f => f.Kind));
        Assert.Null(await grain.GetPracticeViewAsync("p-2"));
        Assert.Null(await grain.GetLotsinViewAsync("l-2", Sample.Network));
        Assert.Empty((await node.Grains.GetGrain<ILotsinGrain>("l-1").GetAsync())!.ActiveCases);
    }

    [Fact]
    public async Task A_repeated_command_id_takes_effect_once()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var refer = Sample.Refer(DateTimeOffset.UtcNow);

        var first = await node.Case(_case).ExecuteAsync(refer);
        var again = await node.Case(_case).ExecuteAsync(refer);

        Assert.Equal((true, false, 1L), (first.Accepted, first.Repeated, first.Sequence));
        Assert.Equal((true, true, 1L), (again.Accepted, again.Repeated, again.Sequence));
        var events = (await node.Storage.Events.ReadAsync(1, 1000, TestContext.Current.CancellationToken)).Events;
        Assert.Single(events, e => e.Grain.Key == _case);
    }

    [Fact]
    public async Task Assigning_beyond_capacity_is_refused_unless_the_coordinator_overrides_and_the_override_is_recorded()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var first = Sample.Id();
        await node.Case(first).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));
        await node.Case(first).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-2"));
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));

        var refused = await node.Case(_case).ExecuteAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-2"));
        Assert.Equal((RefusalCode.CapacityExceeded, "Referred"), (refused.Refusal!.Code, refused.Refusal.CurrentState));
        Assert.Equal(CaseStatus.Referred, (await node.StateAsync(_case)).Status);

        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-2", OverrideReason.AgreedWithLotsin, "Vertretung für Frau Krüger"));
        var lotsin = (await node.Grains.GetGrain<ILotsinGrain>("l-2").GetAsync())!;
        Assert.Equal([_case], lotsin.OverCapacityCases);
        var recorded = Assert.Single((await node.StateAsync(_case)).Overrides);
        Assert.Equal((OverrideReason.AgreedWithLotsin, "Vertretung für Frau Krüger"), (recorded.Reason, recorded.Note));
    }

    [Fact]
    public async Task An_away_Lotsin_receives_no_offers()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Grains.GetGrain<ILotsinGrain>("l-3").SetAvailabilityAsync(Sample.Id(), Availability.Away);
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));

        var refused = await node.Case(_case).ExecuteAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-3"));

        Assert.Equal(RefusalCode.NotAvailable, refused.Refusal!.Code);
    }

    [Fact]
    public async Task Two_Lotsinnen_claiming_one_urgent_referral_at_once_exactly_one_wins()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow, urgent: true));

        var results = await Task.WhenAll(
            node.Case(_case).ExecuteAsync(new Claim(Sample.Id(), Sample.Lotsin("l-1"))),
            node.Case(_case).ExecuteAsync(new Claim(Sample.Id(), Sample.Lotsin("l-3"))));

        var winner = Assert.Single(results, r => r.Accepted);
        var loser = Assert.Single(results, r => !r.Accepted);
        Assert.Equal((RefusalCode.InvalidState, "Accepted"), (loser.Refusal!.Code, loser.Refusal.CurrentState));
        var state = await node.StateAsync(_case);
        Assert.Equal(CaseStatus.Accepted, state.Status);
        var holders = new List<string>();
        foreach (var id in new[] { "l-1", "l-3" })
        {
            holders.AddRange((await node.Grains.GetGrain<ILotsinGrain>(id).GetAsync())!.ActiveCases.Select(_ => id));
        }

        Assert.Equal([state.LotsinId!], holders);
    }

    [Fact]
    public async Task An_off_duty_Lotsin_cannot_claim_an_urgent_referral()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Grains.GetGrain<ILotsinGrain>("l-1").SetAvailabilityAsync(Sample.Id(), Availability.OffDuty);
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow, urgent: true));

        var refused = await node.Case(_case).ExecuteAsync(new Claim(Sample.Id(), Sample.Lotsin("l-1")));

        Assert.Equal(RefusalCode.NotAvailable, refused.Refusal!.Code);
        Assert.Equal(CaseStatus.Referred, (await node.StateAsync(_case)).Status);
    }

    [Fact]
    public async Task Declining_returns_the_case_to_the_queue_and_frees_her_capacity_and_reassigning_moves_it()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));
        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await node.Case(_case).MustAsync(new Decline(Sample.Id(), Sample.Lotsin("l-1"), "Urlaub"));
        Assert.Empty((await node.Grains.GetGrain<ILotsinGrain>("l-1").GetAsync())!.ActiveCases);

        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-3"));
        await node.Case(_case).MustAsync(new Accept(Sample.Id(), Sample.Lotsin("l-3")));
        await node.Case(_case).MustAsync(new Reassign(Sample.Id(), Sample.Coordinator, "l-1"));

        Assert.Empty((await node.Grains.GetGrain<ILotsinGrain>("l-3").GetAsync())!.ActiveCases);
        Assert.Equal([_case], (await node.Grains.GetGrain<ILotsinGrain>("l-1").GetAsync())!.ActiveCases);
        Assert.Equal("l-1", (await node.StateAsync(_case)).LotsinId);
    }

    [Fact]
    public async Task The_board_shows_the_queue_the_loads_and_ranks_suggestions_by_district_language_and_capacity()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Case(_case).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));
        var board = node.Grains.GetGrain<IWorkloadBoardGrain>(Sample.Network);

        await Eventually.HoldsAsync(async () => (await board.GetBoardAsync()).Queue.Any(q => q.CaseId == _case), "the referral is queued");
        var view = await board.GetBoardAsync();
        Assert.Equal(3, view.Lotsinnen.Count);
        var suggestions = await board.SuggestAsync(_case);
        Assert.Equal("l-1", suggestions[0].LotsinId);
        Assert.Contains("spricht Türkisch", suggestions[0].Reasons);

        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await Eventually.HoldsAsync(async () => (await board.GetCasesOfLotsinAsync("l-1")).Contains(_case), "the offer is listed for her");
        Assert.Equal(1, (await board.GetBoardAsync()).Lotsinnen.Single(l => l.LotsinId == "l-1").Active);
        Assert.Equal("l-1", (await board.GetBoardAsync()).Queue.Single(q => q.CaseId == _case).OfferedTo);
        Assert.Equal([_case], await board.GetCasesOfPracticeAsync("p-1"));
        Assert.Empty(await board.GetCasesOfPracticeAsync("p-2"));
    }
}

public sealed class MemoryCaseScenarioTests : CaseScenarioTests<MemoryTarget>;

public sealed class SqliteCaseScenarioTests : CaseScenarioTests<SqliteTarget>;

public sealed class PostgresCaseScenarioTests : CaseScenarioTests<PostgresTarget>;
