using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>
/// A help offer may be suggested to the family freely, but contacting it passes the family's details on:
/// that needs the family's consent naming the offer, still valid.
/// </summary>
public sealed class OnwardReferralConsentTests
{
    [Fact]
    public void Suggesting_an_offer_the_consent_does_not_name_is_allowed()
    {
        var script = InCare(offers: []);

        script.Must(new ReferOnward(Sample.Id(), Sample.Lotsin(), "offer-2"));

        Assert.Equal(("offer-2", OnwardReferralStatus.Suggested), (script.State.OnwardReferrals[0].OfferId, script.State.OnwardReferrals[0].Status));
    }

    [Fact]
    public void Contacting_an_offer_the_consent_does_not_name_is_refused_naming_the_state()
    {
        var script = InCare(offers: ["offer-1"]);
        var referral = Suggest(script, "offer-2");

        var refusal = script.Refused(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Contacted));

        Assert.Equal((RefusalCode.NoConsent, "InCare"), (refusal.Code, refusal.CurrentState));
        Assert.Contains("nennt dieses Hilfeangebot nicht", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralStatus.Suggested, script.State.OnwardReferrals.Single().Status);
    }

    [Fact]
    public void Contacting_an_offer_the_consent_names_is_recorded()
    {
        var script = InCare(offers: ["offer-1", "offer-2"]);
        var referral = Suggest(script, "offer-2");

        script.Must(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Contacted));

        Assert.Equal(OnwardReferralStatus.Contacted, script.State.OnwardReferrals.Single().Status);
    }

    [Fact]
    public void Contacting_a_named_offer_after_the_consent_ran_out_is_refused()
    {
        var script = InCare(offers: ["offer-1"]);
        var referral = Suggest(script, "offer-1");
        script.Now = script.State.Consent!.ValidUntil;

        var refusal = script.Refused(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Contacted));

        Assert.Equal((RefusalCode.NoConsent, "InCare"), (refusal.Code, refusal.CurrentState));
        Assert.Contains("gilt nicht mehr", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_that_the_family_went_to_an_offer_on_its_own_needs_no_consent_for_the_offer()
    {
        var script = InCare(offers: []);
        var referral = Suggest(script, "offer-2");

        script.Must(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Attended));

        Assert.Equal(OnwardReferralStatus.Attended, script.State.OnwardReferrals.Single().Status);
    }

    private static CaseScript InCare(string[] offers)
    {
        var script = new CaseScript();
        script.Must(Sample.Refer(script.Now) with { Consent = Sample.Consent(script.Now, offers: offers) });
        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        script.Must(new Accept(Sample.Id(), Sample.Lotsin()));
        script.Must(new RecordFirstMeeting(Sample.Id(), Sample.Lotsin()));
        return script;
    }

    private static string Suggest(CaseScript script, string offerId)
    {
        script.Must(new ReferOnward(Sample.Id(), Sample.Lotsin(), offerId));
        return script.State.OnwardReferrals[^1].Id;
    }
}
