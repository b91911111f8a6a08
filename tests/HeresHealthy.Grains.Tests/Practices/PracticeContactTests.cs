using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Practices;

/// <summary>The practice's phone is part of its profile; a Lotsin sees the referring practice's name and phone on every offer and case.</summary>
public abstract class PracticeContactTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();

    [Fact]
    public async Task An_urgent_offer_and_the_case_in_her_care_name_the_referring_practice_and_its_phone()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var caseId = Sample.Id();
        await node.Case(caseId).MustAsync(Sample.Refer(DateTimeOffset.UtcNow, urgent: true));

        var offer = (await node.Case(caseId).GetLotsinViewAsync("", Sample.Network))!;
        await node.Case(caseId).MustAsync(new Claim(Sample.Id(), Sample.Lotsin("l-1")));
        var mine = (await node.Case(caseId).GetLotsinViewAsync("l-1", Sample.Network))!;

        Assert.Equal(("Kinderarztpraxis am Bahnhof", "02323 45 678"), (offer.PracticeName, offer.PracticePhone));
        Assert.Equal(("Kinderarztpraxis am Bahnhof", "02323 45 678"), (mine.PracticeName, mine.PracticePhone));
        Assert.Null(offer.Family);
    }

    [Fact]
    public async Task A_phone_that_is_no_phone_number_is_refused_naming_the_field_and_changes_nothing()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var practice = node.Grains.GetGrain<IPracticeGrain>("p-1");
        var before = await practice.GetAsync();

        var refused = await practice.RegisterAsync(before! with { Phone = "ruf an\u0000" });

        Assert.Equal((RefusalCode.InvalidInput, "phone"), (refused.Refusal!.Code, refused.Refusal.Field));
        Assert.Equal(before, await practice.GetAsync());
        Assert.True((await practice.RegisterAsync(before with { Phone = "+49 2361 50-0" })).Accepted);
    }
}

public sealed class MemoryPracticeContactTests : PracticeContactTests<MemoryTarget>;

public sealed class PostgresPracticeContactTests : PracticeContactTests<PostgresTarget>;
