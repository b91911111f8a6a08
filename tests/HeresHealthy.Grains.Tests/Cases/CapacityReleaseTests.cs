using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// A Lotsin's capacity is given back after the case's commit; when that release is lost (the node dies in between),
/// the case's durable <c>release</c> reminder gives it back, on this node or another, and never takes a case from the
/// Lotsin who holds it again.
/// </summary>
public abstract class CapacityReleaseTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _case = Sample.Id();
    private readonly FakeTimeProvider _time = new(Sample.Monday);

    [Fact]
    public async Task Declining_frees_her_capacity_at_once_and_leaves_no_release_reminder()
    {
        await using var node = await ProtocolNode.StartAsync(_target, _time);
        await OfferToMariaAsync(node);

        await node.Case(_case).MustAsync(new Decline(Sample.Id(), Sample.Lotsin("l-1"), "Urlaub"));

        Assert.Empty(await ActiveCasesAsync(node, "l-1"));
        var reminders = (await node.Reminders.ReadRows(GrainId.Create("case", _case), TestContext.Current.CancellationToken)).Reminders;
        Assert.DoesNotContain(reminders, r => r.ReminderName == "release");
    }

    [Fact]
    public async Task A_release_lost_after_the_commit_is_made_good_by_the_release_reminder()
    {
        var failing = new FailingRelease(times: 1);
        await using var node = await DeclineLosingTheReleaseAsync(failing);

        Assert.Equal((1, CaseStatus.Referred), (failing.Failed, (await node.StateAsync(_case)).Status));
        Assert.Equal([_case], await ActiveCasesAsync(node, "l-1"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await node.FireDueRemindersAsync());

        Assert.Empty(await ActiveCasesAsync(node, "l-1"));
    }

    [Fact]
    public async Task A_release_lost_when_the_node_dies_is_made_good_by_another_node()
    {
        await using (var dying = await ProtocolNode.StartAsync(_target, _time, services: s => s.AddSingleton<IIncomingGrainCallFilter>(new FailingRelease(times: int.MaxValue))))
        {
            await OfferToMariaAsync(dying);
            await Assert.ThrowsAsync<IOException>(() => dying.Case(_case).ExecuteAsync(new Withdraw(Sample.Id(), Sample.Practice(), "Familie ist umgezogen.")));
            Assert.Equal([_case], await ActiveCasesAsync(dying, "l-1"));
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        await using var next = await ProtocolNode.StartAsync(_target, _time, seed: false);
        await next.FireDueRemindersAsync(); // the node's own poller may claim it first, as it starts

        await Eventually.HoldsAsync(async () => (await ActiveCasesAsync(next, "l-1")).Count == 0, "Maria's capacity is given back");
        Assert.Equal(CaseStatus.Closed, (await next.StateAsync(_case)).Status);
    }

    [Fact]
    public async Task A_Lotsin_who_holds_the_case_again_before_the_retry_keeps_counting_it()
    {
        var failing = new FailingRelease(times: 1);
        await using var node = await DeclineLosingTheReleaseAsync(failing);

        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        _time.Advance(TimeSpan.FromMinutes(1));
        await node.FireDueRemindersAsync();

        Assert.Equal(1, failing.Failed);
        Assert.Equal("l-1", (await node.StateAsync(_case)).LotsinId);
        Assert.Equal([_case], await ActiveCasesAsync(node, "l-1"));
    }

    /// <summary>Maria declines an offer; the case commits, and the release of her capacity fails.</summary>
    private async Task<SiloNode> DeclineLosingTheReleaseAsync(FailingRelease failing)
    {
        var node = await ProtocolNode.StartAsync(_target, _time, services: s => s.AddSingleton<IIncomingGrainCallFilter>(failing));
        await OfferToMariaAsync(node);
        await Assert.ThrowsAsync<IOException>(() => node.Case(_case).ExecuteAsync(new Decline(Sample.Id(), Sample.Lotsin("l-1"), "Urlaub")));
        return node;
    }

    private async Task OfferToMariaAsync(SiloNode node)
    {
        await node.Case(_case).MustAsync(Sample.Refer(_time.GetUtcNow()));
        await node.Case(_case).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        Assert.Equal([_case], await ActiveCasesAsync(node, "l-1"));
    }

    private static async Task<IReadOnlyList<string>> ActiveCasesAsync(SiloNode node, string lotsinId) =>
        (await node.Grains.GetGrain<ILotsinGrain>(lotsinId).GetAsync())!.ActiveCases;
}

public sealed class MemoryCapacityReleaseTests : CapacityReleaseTests<MemoryTarget>;

public sealed class SqliteCapacityReleaseTests : CapacityReleaseTests<SqliteTarget>;

public sealed class PostgresCapacityReleaseTests : CapacityReleaseTests<PostgresTarget>;
