using System.Text.Json.Nodes;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// Readable case references (<c>HH-2026-0142</c>): counted per network and year, allocated once at the referral, never
/// twice the same, also under concurrent referrals on two silos; a case referred before references existed gets one
/// when it is next loaded.
/// </summary>
public abstract class CaseReferenceTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Referrals_are_numbered_per_network_and_year_and_a_repeated_referral_keeps_its_number()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var first = Sample.Id();
        var refer = Sample.Refer(Sample.Monday);

        await node.Case(first).MustAsync(refer);
        await node.Case(first).MustAsync(refer);
        var second = Sample.Id();
        await node.Case(second).MustAsync(Sample.Refer(Sample.Monday, practice: "p-2"));

        Assert.Equal("HH-2026-0001", (await node.Case(first).GetPracticeViewAsync("p-1"))!.Reference);
        Assert.Equal("HH-2026-0002", (await node.Case(second).GetPracticeViewAsync("p-2"))!.Reference);
        Assert.Equal("HH-2026-0002", (await node.Case(second).GetCoordinatorViewAsync(Sample.Network))!.Reference);
        Assert.Equal("HH-2027-0001", await node.Grains.GetGrain<ICaseReferenceGrain>(Sample.Network).NextAsync(2027));
        Assert.Equal("HH-2026-0001", await node.Grains.GetGrain<ICaseReferenceGrain>("another-network").NextAsync(2026));
    }

    [Fact]
    public async Task Concurrent_referrals_through_two_silos_never_share_a_reference()
    {
        await using var first = await ProtocolNode.StartAsync(_target);
        await using var second = await ProtocolNode.StartAsync(_target, seed: false);
        var cases = Enumerable.Range(0, 20).Select(_ => Sample.Id()).ToList();

        await Task.WhenAll(cases.Select((id, i) => (i % 2 == 0 ? first : second).Case(id).MustAsync(Sample.Refer(Sample.Monday))));

        var references = await Task.WhenAll(cases.Select(async id => (await first.StateAsync(id)).Reference));
        Assert.Equal(20, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches(@"^HH-2026-\d{4}$", r));
    }

    [Fact]
    public async Task A_case_of_the_previous_version_gets_a_reference_when_it_is_next_loaded_and_keeps_it()
    {
        var legacy = Sample.Id();
        await using (var before = await ProtocolNode.StartAsync(_target))
        {
            await WritePreviousVersionCaseAsync(before, legacy);
        }

        await using var after = await ProtocolNode.StartAsync(_target, seed: false);
        var view = (await after.Case(legacy).GetPracticeViewAsync("p-1"))!;

        Assert.Equal("HH-2026-0002", view.Reference);
        var events = (await after.Storage.Events.ReadAsync(1, 1000, Cancel)).Events.Where(e => e.Grain.Key == legacy).Select(EventCatalog.Read).ToList();
        Assert.Null(Assert.IsType<CaseReferred>(events[0]).Reference);
        Assert.Equal("HH-2026-0002", Assert.IsType<CaseReferenceAllocated>(events[^1]).Reference);
        await using var again = await ProtocolNode.StartAsync(_target, seed: false);
        Assert.Equal("HH-2026-0002", (await again.StateAsync(legacy)).Reference);
        Assert.Equal(2, (await again.Storage.Events.ReadAsync(1, 1000, Cancel)).Events.Count(e => e.Grain.Key == legacy));
    }

    [Fact]
    public async Task The_board_gives_open_cases_of_the_previous_version_their_reference_without_anybody_opening_them()
    {
        var legacy = Sample.Id();
        await using (var before = await ProtocolNode.StartAsync(_target))
        {
            await WritePreviousVersionCaseAsync(before, legacy);
        }

        await using var after = await ProtocolNode.StartAsync(_target, seed: false);
        var board = after.Grains.GetGrain<IWorkloadBoardGrain>(Sample.Network);

        await Eventually.HoldsAsync(
            async () => (await board.GetBoardAsync()).Queue.Single(q => q.CaseId == legacy).Reference == "HH-2026-0002",
            "the board shows the reference the case got when the board woke it");
    }

    /// <summary>
    /// Stores a referred case as the version before references left it: state and CaseReferred event without one (made
    /// from a case referred now, whose reference is then HH-2026-0001).
    /// </summary>
    private static async Task WritePreviousVersionCaseAsync(SiloNode node, string caseId)
    {
        var template = Sample.Id();
        await node.Case(template).MustAsync(Sample.Refer(Sample.Monday));
        var stored = (await node.Storage.States.ReadAsync(new StateId("case", template), Cancel))!;
        var referred = (await node.Storage.Events.ReadAsync(1, 1000, Cancel)).Events.Single(e => e.Grain.Key == template);
        var state = WithoutReference(stored.Payload, template, caseId, s => s["case"]!.AsObject());
        var @event = new PendingEvent(referred.Type, WithoutReference(referred.Payload, template, caseId, e => e.AsObject()));
        await node.Storage.States.WriteAsync(new StateWrite(new StateId("case", caseId), 0, state, [@event], null, "previous-version", Sample.Monday), Cancel);
    }

    private static string WithoutReference(string json, string template, string caseId, Func<JsonNode, JsonObject> holder)
    {
        var node = JsonNode.Parse(json.Replace(template, caseId, StringComparison.Ordinal))!;
        Assert.True(holder(node).Remove("reference"));
        return node.ToJsonString(SiloJson.Options);
    }
}

public sealed class MemoryCaseReferenceTests : CaseReferenceTests<MemoryTarget>;

public sealed class PostgresCaseReferenceTests : CaseReferenceTests<PostgresTarget>;
