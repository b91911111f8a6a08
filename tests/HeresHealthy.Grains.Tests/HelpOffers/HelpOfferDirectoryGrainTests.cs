using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.HelpOffers;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Silo;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.HelpOffers;

/// <summary>The coordinator's changes to the directory of help offers: validation, idempotency, deactivation.</summary>
public sealed class HelpOfferDirectoryGrainTests
{
    private static HelpOffer Offer(string id = "hebammen-wanne") =>
        new(id, "Familienhebammen Wanne", HelpOfferKind.FamilyMidwife, "Herne", "02323 16-1234")
        {
            Provider = "Stadt Herne", Email = "hebammen@example.de", Languages = ["de", "tr"], Districts = ["Wanne", "Eickel"],
        };

    [Fact]
    public async Task An_offer_with_invalid_fields_is_refused_naming_each_field_and_nothing_is_stored()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var directory = node.Grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network);
        var invalid = Offer() with { Name = " ", Kind = (HelpOfferKind)99, Municipality = "Herne" };
        invalid = invalid with { Email = "keine-adresse", Languages = ["de", "xx"], Districts = ["Süd"] };

        var result = await directory.CreateAsync(Sample.Id(), invalid);

        Assert.Equal(RefusalCode.InvalidInput, result.Refusal!.Code);
        Assert.Equal(["districts", "email", "languages", "name", "offerKind"], result.Refusal.Errors!.Keys.Order());
        Assert.Empty(await directory.GetAllAsync());
        var elsewhere = await directory.CreateAsync(Sample.Id(), Offer() with { Municipality = "Bochum", Districts = [] });
        Assert.Equal("municipality", elsewhere.Refusal!.Field);
    }

    [Fact]
    public async Task A_repeated_creation_or_change_with_the_same_command_id_takes_effect_once()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var directory = node.Grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network);
        var create = Sample.Id();
        var created = await directory.CreateAsync(create, Offer());
        var again = await directory.CreateAsync(create, Offer());
        var change = Sample.Id();
        var changed = await directory.UpdateAsync(change, Offer() with { Name = "Familienhebammen Wanne-Eickel" });
        var late = await directory.UpdateAsync(change, Offer() with { Name = "Spät und doppelt" });

        Assert.Equal((true, false, true, true), (created.Accepted, created.Repeated, again.Accepted, again.Repeated));
        Assert.Equal(created.Sequence, again.Sequence);
        Assert.True(late.Repeated);
        Assert.Equal(changed.Sequence, late.Sequence);
        Assert.Equal("Familienhebammen Wanne-Eickel", Assert.Single(await directory.GetAllAsync()).Name);
    }

    [Fact]
    public async Task A_new_offer_may_not_take_an_existing_id_and_only_an_existing_offer_is_changed()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var directory = node.Grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network);
        await directory.CreateAsync(Sample.Id(), Offer());

        Assert.Equal(RefusalCode.InvalidState, (await directory.CreateAsync(Sample.Id(), Offer() with { Name = "Doppelt" })).Refusal!.Code);
        Assert.Equal(RefusalCode.NotFound, (await directory.UpdateAsync(Sample.Id(), Offer("gibt-es-nicht"))).Refusal!.Code);
        Assert.Equal("Familienhebammen Wanne", Assert.Single(await directory.GetAllAsync()).Name);
    }

    [Fact]
    public async Task A_deactivated_offer_stays_on_the_case_that_named_it_but_is_refused_for_new_onward_referrals_and_consent()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget());
        var directory = node.Grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network);
        var caseId = Sample.Id();
        var grain = node.Case(caseId);
        await grain.MustAsync(Sample.Refer(DateTimeOffset.UtcNow) with { Consent = Sample.Consent(DateTimeOffset.UtcNow, offers: []) });
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), Sample.Lotsin()));
        await grain.MustAsync(new RecordFirstMeeting(Sample.Id(), Sample.Lotsin()));
        var earlier = Sample.Id();
        await grain.MustAsync(new ReferOnward(earlier, Sample.Lotsin(), "offer-1"));

        var offer = (await directory.GetAsync("offer-1"))!;
        Assert.True((await directory.UpdateAsync(Sample.Id(), offer with { Active = false })).Accepted);

        var onward = await grain.ExecuteAsync(new ReferOnward(Sample.Id(), Sample.Lotsin(), "offer-1"));
        var consent = await grain.ExecuteAsync(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-1", "Ayşe Yılmaz", DateTimeOffset.UtcNow));
        Assert.Equal((RefusalCode.InvalidInput, "offerId"), (onward.Refusal?.Code, onward.Refusal?.Field));
        Assert.Equal((RefusalCode.InvalidInput, "offerId"), (consent.Refusal?.Code, consent.Refusal?.Field));
        Assert.Contains("nicht mehr aktiv", onward.Refusal!.Message, StringComparison.Ordinal);
        Assert.True((await grain.ExecuteAsync(new ReferOnward(earlier, Sample.Lotsin(), "offer-1"))).Repeated);
        Assert.Equal("offer-1", Assert.Single((await grain.GetLotsinViewAsync("l-1", Sample.Network))!.OnwardReferrals).OfferId);
        Assert.Empty(await directory.GetActiveAsync());
        Assert.False(Assert.Single(await directory.GetAllAsync()).Active);

        Assert.True((await directory.UpdateAsync(Sample.Id(), offer with { Active = true })).Accepted);
        Assert.True((await grain.ExecuteAsync(new ReferOnward(Sample.Id(), Sample.Lotsin(), "offer-1"))).Accepted);
    }

    [Fact]
    public void A_directory_stored_by_the_first_version_loads_with_active_offers_for_the_whole_town_in_no_named_language()
    {
        const string stored = """
            {"offers":{"eb-herne":{"id":"eb-herne","name":"Erziehungsberatungsstelle Herne","kind":"ParentingCounselling","municipality":"Herne","contact":"02323 16-0"}},"eventSequence":3}
            """;

        var state = JsonSerializer.Deserialize<HelpOfferDirectoryState>(stored, SiloJson.Options)!;

        var offer = state.Offers["eb-herne"];
        Assert.Equal(("Erziehungsberatungsstelle Herne", HelpOfferKind.ParentingCounselling, "02323 16-0"), (offer.Name, offer.Kind, offer.Contact));
        Assert.True(offer.Active);
        Assert.Empty(offer.Languages);
        Assert.Empty(offer.Districts);
        Assert.Null(offer.Provider);
        Assert.Empty(state.Processed);
        Assert.Null(HelpOfferRules.Invalid(offer, Grains.Network.NetworkGrain.DefaultPlaces));
    }
}
