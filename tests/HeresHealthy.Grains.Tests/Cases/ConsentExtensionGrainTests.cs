using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>Extending the consent through the case grain, which checks the offer against the network's help offer directory.</summary>
public sealed class ConsentExtensionGrainTests
{
    private readonly string _case = Sample.Id();

    [Fact]
    public async Task An_offer_the_network_does_not_have_is_refused_and_changes_nothing()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget());
        var grain = await InCareAsync(node, offers: []);
        var before = await node.StateAsync(_case);

        var result = await grain.ExecuteAsync(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "gibt-es-nicht", "Ayşe Yılmaz", DateTimeOffset.UtcNow));

        Assert.Equal((RefusalCode.NotFound, "offerId"), (result.Refusal?.Code, result.Refusal?.Field));
        SameState.Equal(before, await node.StateAsync(_case));
    }

    [Fact]
    public async Task An_offer_of_the_directory_is_added_and_may_then_be_contacted()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget());
        var grain = await InCareAsync(node, offers: []);
        var lotsin = Sample.Lotsin();
        var onward = Sample.Id();
        await grain.MustAsync(new ReferOnward(onward, lotsin, "offer-1"));

        await grain.MustAsync(new ExtendConsent(Sample.Id(), lotsin, "offer-1", "Ayşe Yılmaz", DateTimeOffset.UtcNow.AddHours(-2)));
        await grain.MustAsync(new UpdateOnwardReferral(Sample.Id(), lotsin, onward, OnwardReferralStatus.Contacted));

        var view = (await grain.GetLotsinViewAsync("l-1", Sample.Network))!;
        Assert.Equal(["offer-1"], view.ConsentedHelpOffers);
        Assert.Equal(OnwardReferralStatus.Contacted, view.OnwardReferrals.Single().Status);
    }

    private async Task<IFamilyCaseGrain> InCareAsync(SiloNode node, string[] offers)
    {
        var grain = node.Case(_case);
        await grain.MustAsync(Sample.Refer(DateTimeOffset.UtcNow) with { Consent = Sample.Consent(DateTimeOffset.UtcNow, offers: offers) });
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), Sample.Lotsin()));
        await grain.MustAsync(new RecordFirstMeeting(Sample.Id(), Sample.Lotsin()));
        return grain;
    }
}
