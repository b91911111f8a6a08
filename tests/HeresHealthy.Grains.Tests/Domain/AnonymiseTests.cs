using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>Anonymising a closed case: every personal field goes, the anonymous facts for the reports stay.</summary>
public sealed class AnonymiseTests
{
    [Fact]
    public void Anonymise_empties_every_personal_field_and_keeps_the_anonymous_facts()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        var lotsin = Sample.Lotsin();
        script.Must(new ScheduleAppointment(Sample.Id(), lotsin, script.Now.AddDays(2), "Cafe Kastanie", false));
        script.Must(new RecordActivity(Sample.Id(), lotsin, "Begleitung", "Zum Jobcenter begleitet"));
        script.Must(new ReferOnward(Sample.Id(), lotsin, "offer-1"));
        script.Must(new AddPracticeMessage(Sample.Id(), Sample.Practice(), "Impfpass liegt in der Praxis"));
        script.Must(new Close(Sample.Id(), lotsin, CaseOutcome.HandedOver, "An die Erziehungsberatung übergeben."));
        var closed = script.State;

        script.Now = script.Now.AddYears(2);
        script.Must(new Anonymise(Sample.Id(), Actor.System));

        var state = script.State;
        Assert.Equal((null, null, null), (state.Family, state.ReferralNote, state.Consent!.GivenBy));
        Assert.All(state.Appointments, a => Assert.Null(a.Place));
        Assert.All(state.Activities, a => Assert.Null(a.Note));
        Assert.All(state.Feedback, f => Assert.Null(f.Text));
        Assert.All(state.Messages, m => Assert.Null(m.Text));
        Assert.Equal(script.Now, state.AnonymisedAt);
        Assert.Equal(
            (closed.Status, closed.Outcome, closed.PracticeId, closed.Municipality, closed.District, closed.Language, closed.ReferredAt, closed.AcceptedAt, closed.FirstMeetingAt, closed.ClosedAt, closed.StatusSince),
            (state.Status, state.Outcome, state.PracticeId, state.Municipality, state.District, state.Language, state.ReferredAt, state.AcceptedAt, state.FirstMeetingAt, state.ClosedAt, state.StatusSince));
        Assert.Equal(closed.Needs, state.Needs);
        Assert.Equal(closed.OnwardReferrals, state.OnwardReferrals);
        Assert.Equal((closed.Appointments.Count, closed.Activities.Count, closed.Feedback.Count), (state.Appointments.Count, state.Activities.Count, state.Feedback.Count));
    }

    [Fact]
    public void Only_the_system_anonymises_and_only_once()
    {
        var script = CaseScript.In(CaseStatus.Closed);

        Assert.Equal(RefusalCode.NotPermitted, script.Refused(new Anonymise(Sample.Id(), Sample.Practice())).Code);
        script.Must(new Anonymise(Sample.Id(), Actor.System));
        var again = script.Refused(new Anonymise(Sample.Id(), Actor.System));
        Assert.Equal((RefusalCode.InvalidState, "Closed"), (again.Code, again.CurrentState));
    }

    [Fact]
    public void Retention_is_due_a_period_after_closing_and_never_for_an_open_or_anonymised_case()
    {
        var period = TimeSpan.FromDays(730);
        var script = CaseScript.In(CaseStatus.InCare);
        Assert.Null(Retention.DueAt(script.State, period));

        script.Must(new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.GoalsReached, "Ziele erreicht."));
        Assert.Equal(script.State.ClosedAt + period, Retention.DueAt(script.State, period));

        script.Must(new Anonymise(Sample.Id(), Actor.System));
        Assert.Null(Retention.DueAt(script.State, period));
    }
}
