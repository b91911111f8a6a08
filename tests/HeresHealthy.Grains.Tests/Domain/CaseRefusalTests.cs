using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>The protocol's own conditions, each refused with a clear reason and without any change.</summary>
public sealed class CaseRefusalTests
{
    [Fact]
    public void A_referral_without_consent_for_the_referral_is_refused_naming_the_field()
    {
        var script = new CaseScript();
        var refer = Sample.Refer(script.Now);

        var refusal = script.Refused(refer with { Consent = refer.Consent with { Purposes = [ConsentPurpose.FeedbackToPractice] } });

        Assert.Equal((RefusalCode.InvalidInput, "consent.purposes"), (refusal.Code, refusal.Field));
    }

    [Theory]
    [InlineData("needs")]
    [InlineData("family.phone")]
    [InlineData("family.guardianName")]
    [InlineData("consent.validUntil")]
    [InlineData("consent.recipients")]
    [InlineData("district")]
    public void A_referral_with_an_invalid_field_is_refused_naming_it(string field)
    {
        var script = new CaseScript();
        var refer = Sample.Refer(script.Now);
        var broken = field switch
        {
            "needs" => refer with { Needs = [] },
            "family.phone" => refer with { Family = refer.Family with { Phone = "ruf an" } },
            "family.guardianName" => refer with { Family = refer.Family with { GuardianName = " " } },
            "consent.validUntil" => refer with { Consent = refer.Consent with { ValidUntil = script.Now.AddDays(-1) } },
            "consent.recipients" => refer with { Consent = refer.Consent with { Recipients = ["Jugendamt"] } },
            _ => refer with { District = "" },
        };

        var refusal = script.Refused(broken);

        Assert.Equal((RefusalCode.InvalidInput, field), (refusal.Code, refusal.Field));
    }

    [Theory]
    [InlineData("Herne", "Sodingen-Süd, bei Familie Yilmaz", "district")]
    [InlineData("Herne", "Altstadt", "district")]
    [InlineData("Recklinghausen", "Wanne", "district")]
    [InlineData("Bochum", "Wattenscheid", "municipality")]
    public void A_place_outside_the_networks_pick_list_is_refused_naming_the_field(string municipality, string district, string field)
    {
        var script = new CaseScript();

        var refusal = script.Refused(Sample.Refer(script.Now) with { Municipality = municipality, District = district });

        Assert.Equal((RefusalCode.InvalidInput, field), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void An_override_note_without_a_reason_from_the_list_is_refused()
    {
        var script = new CaseScript();
        script.Must(Sample.Refer(script.Now));

        var refusal = script.Refused(new Assign(Sample.Id(), Sample.Coordinator, "l-1", OverrideNote: "weil ich es sage"));

        Assert.Equal((RefusalCode.InvalidInput, "overrideReason"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void A_referral_with_several_invalid_fields_names_all_of_them()
    {
        var script = new CaseScript();
        var refer = Sample.Refer(script.Now);

        var refusal = script.Refused(refer with { District = " ", Needs = [], Family = refer.Family with { Phone = "x" } });

        Assert.Equal("district", refusal.Field);
        Assert.Equal(["district", "needs", "family.phone"], refusal.Errors!.Keys);
    }

    [Fact]
    public void Only_a_practice_refers()
    {
        var script = new CaseScript();

        var refusal = script.Refused(Sample.Refer(script.Now) with { Actor = Sample.Lotsin() });

        Assert.Equal(RefusalCode.NotPermitted, refusal.Code);
    }

    [Fact]
    public void Another_practice_cannot_withdraw_and_learns_nothing_about_the_case()
    {
        var script = CaseScript.In(CaseStatus.Referred);

        var refusal = script.Refused(new Withdraw(Sample.Id(), Sample.Practice("p-2"), "Versehen"));

        Assert.Equal(RefusalCode.NotFound, refusal.Code);
        Assert.Null(refusal.CurrentState);
    }

    [Fact]
    public void Only_the_assigned_Lotsin_accepts()
    {
        var script = CaseScript.In(CaseStatus.Assigned);

        Assert.Equal(RefusalCode.NotFound, script.Refused(new Accept(Sample.Id(), Sample.Lotsin("l-2"))).Code);
        script.Must(new Accept(Sample.Id(), Sample.Lotsin("l-1")));
    }

    [Fact]
    public void A_referral_that_is_not_urgent_cannot_be_claimed()
    {
        var script = CaseScript.In(CaseStatus.Referred);

        Assert.Equal(RefusalCode.NotFound, script.Refused(new Claim(Sample.Id(), Sample.Lotsin("l-2"))).Code);
    }

    [Fact]
    public void The_second_claim_of_an_urgent_referral_is_refused_naming_the_state()
    {
        var script = CaseScript.In(CaseStatus.Referred, urgent: true);
        script.Must(new Claim(Sample.Id(), Sample.Lotsin("l-2")));

        var refusal = script.Refused(new Claim(Sample.Id(), Sample.Lotsin("l-3")));

        Assert.Equal((RefusalCode.InvalidState, "Accepted"), (refusal.Code, refusal.CurrentState));
        Assert.Equal("l-2", script.State.LotsinId);
    }

    [Fact]
    public void Closing_as_unreachable_needs_three_failed_contact_attempts()
    {
        var script = CaseScript.In(CaseStatus.Accepted);
        var close = new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.Unreachable, "Familie nicht erreichbar.");
        script.Must(new RecordContactAttempt(Sample.Id(), Sample.Lotsin(), false, null));
        script.Must(new RecordContactAttempt(Sample.Id(), Sample.Lotsin(), false, null));

        Assert.Contains("bisher 2", script.Refused(close).Message, StringComparison.Ordinal);

        script.Must(new RecordContactAttempt(Sample.Id(), Sample.Lotsin(), false, null));
        script.Must(close);
        Assert.Equal(CaseOutcome.Unreachable, script.State.Outcome);
    }

    [Fact]
    public void Closing_without_the_closing_feedback_is_refused()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var refusal = script.Refused(new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.GoalsReached, " "));

        Assert.Equal((RefusalCode.InvalidInput, "feedback"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void Feedback_to_the_practice_needs_consent_for_it()
    {
        var script = new CaseScript();
        script.Must(Sample.Refer(script.Now, feedbackConsent: false));
        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        script.Must(new Accept(Sample.Id(), Sample.Lotsin()));

        var refusal = script.Refused(new SendFeedback(Sample.Id(), Sample.Lotsin(), FeedbackKind.Interim, "Läuft gut."));

        Assert.Equal(RefusalCode.NoConsent, refusal.Code);
    }

    [Fact]
    public void Closing_feedback_is_withheld_from_the_practice_when_consent_for_feedback_is_missing()
    {
        var script = new CaseScript();
        script.Must(Sample.Refer(script.Now, feedbackConsent: false));
        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        script.Must(new Accept(Sample.Id(), Sample.Lotsin()));
        script.Must(new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.DeclinedByFamily, "Familie möchte keine Begleitung."));

        var view = CaseViews.ForPractice(script.State, "p-1", script.Now)!;

        Assert.True(view.FeedbackWithheld);
        Assert.Equal(CaseOutcome.DeclinedByFamily, view.Outcome); // an anonymous fact: shown even without feedback consent
        Assert.All(view.Feedback, f => Assert.Null(f.Text));
        Assert.Contains(script.State.Feedback, f => f.Kind == FeedbackKind.Closing && f.Text is not null);
    }

    [Fact]
    public void Withdrawing_consent_erases_every_personal_field_and_the_practice_sees_only_that_the_case_ended()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Must(new SendFeedback(Sample.Id(), Sample.Lotsin(), FeedbackKind.FirstContact, "Treffen mit Ayşe Yılmaz war gut."));
        script.Must(new RecordActivity(Sample.Id(), Sample.Lotsin(), "Hausbesuch", "Emir schläft schlecht"));

        script.Must(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        var state = script.State;
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ConsentWithdrawn), (state.Status, state.Outcome));
        Assert.Null(state.Family);
        Assert.Null(state.Consent!.GivenBy);
        Assert.All(state.Feedback, f => Assert.Null(f.Text));
        Assert.All(state.Activities, a => Assert.Null(a.Note));
        var view = CaseViews.ForPractice(state, "p-1", script.Now)!;
        Assert.True(view.Ended);
        Assert.Equal(CaseOutcome.ConsentWithdrawn, view.Outcome);
        Assert.Empty(view.Feedback);
        Assert.Null(view.LotsinName);
    }

    [Fact]
    public void Published_events_carry_no_personal_field()
    {
        var script = CaseScript.In(CaseStatus.Accepted);
        script.Must(new RecordContactAttempt(Sample.Id(), Sample.Lotsin(), true, "Emir war krank"));
        script.Must(new RecordFirstMeeting(Sample.Id(), Sample.Lotsin()));
        script.Must(new SendFeedback(Sample.Id(), Sample.Lotsin(), FeedbackKind.Interim, "Ayşe Yılmaz kommt mit."));
        script.Must(new AddPracticeMessage(Sample.Id(), Sample.Practice(), "Telefon 0176 1234567"));
        script.Must(new ScheduleAppointment(Sample.Id(), Sample.Lotsin(), script.Now.AddDays(1), "bei Yılmaz zu Hause", false));
        script.Must(new RecordActivity(Sample.Id(), Sample.Lotsin(), "Hausbesuch", "Emir schläft schlecht"));
        script.Must(new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.GoalsReached, "Emir geht in die Kita."));

        foreach (var published in script.Events.Select(e => e.Redacted()))
        {
            var json = System.Text.Json.JsonSerializer.Serialize(published, published.GetType(), HeresHealthy.Silo.SiloJson.Options);
            Assert.DoesNotContain("Yılmaz", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Emir", json, StringComparison.Ordinal);
            Assert.DoesNotContain("1234567", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Bahnhofstraße", json, StringComparison.Ordinal);
        }

        Assert.IsType<CaseReferred>(script.Events[0]);
    }

    [Fact]
    public void Overdue_flags_clear_when_the_obligation_is_met()
    {
        var script = CaseScript.In(CaseStatus.Referred);
        script.Now = script.Now.AddDays(3);
        script.Must(new MarkOverdue(Sample.Id(), Actor.System, Obligation.AssignReferral, OverdueStage.Alert, script.Now.AddDays(-1)));
        Assert.Single(script.State.Overdue);

        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));

        Assert.Empty(script.State.Overdue);
    }
}
