using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>
/// Consent the family gives later for one more help offer: the responsible Lotsin records it with who gave it and
/// when; from then on she may pass the family's details to that offer.
/// </summary>
public sealed class ConsentExtensionTests
{
    private const string Giver = "Ayşe Yılmaz";

    [Fact]
    public void Extending_the_consent_names_the_offer_keeps_the_validity_and_records_who_gave_it_and_when()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        var before = script.State.Consent!;
        var givenAt = script.Now.AddHours(-1);

        script.Must(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, givenAt));

        var consent = script.State.Consent!;
        Assert.Equal([.. before.Recipients, "offer-2"], consent.Recipients);
        Assert.Equal((before.GivenAt, before.ValidUntil, before.GivenBy), (consent.GivenAt, consent.ValidUntil, consent.GivenBy));
        Assert.Equal(new ConsentExtension("offer-2", Giver, givenAt, script.Now), Assert.Single(script.State.ConsentExtensions));
        Assert.Equal(CaseStatus.InCare, script.State.Status);
    }

    [Fact]
    public void A_consent_that_ran_out_cannot_be_extended()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Now = script.State.Consent!.ValidUntil;

        var refusal = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));

        Assert.Equal((RefusalCode.NoConsent, "InCare"), (refusal.Code, refusal.CurrentState));
        Assert.DoesNotContain("offer-2", script.State.Consent!.Recipients);
    }

    [Fact]
    public void After_the_extension_the_Lotsin_may_mark_the_offer_contacted()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Must(new ReferOnward(Sample.Id(), Sample.Lotsin(), "offer-2"));
        var referral = script.State.OnwardReferrals.Single().Id;
        Assert.Equal(RefusalCode.NoConsent, script.Refused(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Contacted)).Code);

        script.Must(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));
        script.Must(new UpdateOnwardReferral(Sample.Id(), Sample.Lotsin(), referral, OnwardReferralStatus.Contacted));

        Assert.Equal(OnwardReferralStatus.Contacted, script.State.OnwardReferrals.Single().Status);
    }

    [Fact]
    public void Extending_while_accepted_is_allowed()
    {
        var script = CaseScript.In(CaseStatus.Accepted);

        script.Must(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));

        Assert.Contains("offer-2", script.State.Consent!.Recipients);
        Assert.Equal(CaseStatus.Accepted, script.State.Status);
    }

    [Fact]
    public void An_offer_the_consent_already_names_is_refused_naming_the_field()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var refusal = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-1", Giver, script.Now));

        Assert.Equal((RefusalCode.InvalidInput, "offerId", "InCare"), (refusal.Code, refusal.Field, refusal.CurrentState));
    }

    [Theory]
    [InlineData(CaseStatus.Assigned)]
    [InlineData(CaseStatus.Closed)]
    public void Extending_an_offered_case_before_acceptance_or_a_closed_one_is_refused_naming_the_state(CaseStatus status)
    {
        var script = CaseScript.In(status);

        var refusal = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));

        Assert.Equal((RefusalCode.InvalidState, status.ToString()), (refusal.Code, refusal.CurrentState));
    }

    [Fact]
    public void Another_Lotsin_learns_nothing_and_the_coordinator_may_not_extend()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var other = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin("l-2"), "offer-2", Giver, script.Now));
        var coordinator = script.Refused(new ExtendConsent(Sample.Id(), Sample.Coordinator, "offer-2", Giver, script.Now));

        Assert.Equal(RefusalCode.NotFound, other.Code);
        Assert.Equal(RefusalCode.NotPermitted, coordinator.Code);
    }

    [Fact]
    public void A_consent_given_in_the_future_or_without_a_giver_is_refused_naming_the_field()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var future = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now.AddDays(1)));
        var nobody = script.Refused(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", " ", script.Now));

        Assert.Equal((RefusalCode.InvalidInput, "givenAt"), (future.Code, future.Field));
        Assert.Equal((RefusalCode.InvalidInput, "givenBy"), (nobody.Code, nobody.Field));
    }

    [Fact]
    public void The_published_event_does_not_carry_the_givers_name()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var extended = (ConsentExtended)script.Must(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));

        Assert.Equal(Giver, extended.GivenBy);
        Assert.Equal(extended with { GivenBy = null }, extended.Redacted());
    }

    [Fact]
    public void Withdrawing_consent_erases_the_givers_name_but_keeps_the_offer_and_the_date()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Must(new ExtendConsent(Sample.Id(), Sample.Lotsin(), "offer-2", Giver, script.Now));

        script.Must(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        var extension = Assert.Single(script.State.ConsentExtensions);
        Assert.Equal(("offer-2", null, script.Now), (extension.OfferId, extension.GivenBy, extension.GivenAt));
    }
}
