using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Board;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>The display name the Lotsin chooses for the Familienkiosk ("Familie K."): set, shown, refused, erased.</summary>
public sealed class DisplayNameTests
{
    [Theory]
    [InlineData(CaseStatus.Accepted)]
    [InlineData(CaseStatus.InCare)]
    public void The_responsible_Lotsin_sets_it_and_her_view_and_the_kiosk_show_it_but_the_published_event_does_not(CaseStatus status)
    {
        var script = CaseScript.In(status);

        var set = script.Must(new SetDisplayName(Sample.Id(), Sample.Lotsin(), "  Familie K. "));

        Assert.Equal("Familie K.", script.State.DisplayName);
        Assert.Equal("Familie K.", CaseViews.ForLotsin(script.State, "l-1", DeadlinePolicy.Default)!.DisplayName);
        Assert.Equal("Familie K.", CaseViews.ForKiosk(script.State, Sample.Network));
        Assert.Null(CaseViews.ForKiosk(script.State, "another-network"));
        Assert.Null(((DisplayNameSet)set.Redacted()).DisplayName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Familie mit einem sehr langen Namen, den keiner ruft")]
    public void An_empty_or_too_long_name_is_refused_naming_the_field(string name)
    {
        var script = CaseScript.In(CaseStatus.Accepted);

        var refusal = script.Refused(new SetDisplayName(Sample.Id(), Sample.Lotsin(), name));

        Assert.Equal((RefusalCode.InvalidInput, "displayName"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void Only_the_responsible_Lotsin_of_an_open_case_in_her_care_may_set_it()
    {
        Assert.Equal(RefusalCode.NotFound, CaseScript.In(CaseStatus.Accepted).Refused(new SetDisplayName(Sample.Id(), Sample.Lotsin("l-2"), "Familie K.")).Code);
        Assert.Equal(RefusalCode.NotPermitted, CaseScript.In(CaseStatus.Accepted).Refused(new SetDisplayName(Sample.Id(), Sample.Practice(), "Familie K.")).Code);
        var closed = CaseScript.In(CaseStatus.Closed).Refused(new SetDisplayName(Sample.Id(), Sample.Lotsin(), "Familie K."));
        Assert.Equal((RefusalCode.InvalidState, "Closed"), (closed.Code, closed.CurrentState));
        Assert.Contains("Abgeschlossen", closed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_consent_erases_it_and_the_kiosk_sees_nothing_more()
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Must(new SetDisplayName(Sample.Id(), Sample.Lotsin(), "Familie K."));

        script.Must(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        Assert.Null(script.State.DisplayName);
        Assert.Null(CaseViews.ForKiosk(script.State, Sample.Network));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_closed_or_consent_withdrawn_case_leaves_the_kiosk_appointments(bool withdrawConsent)
    {
        var script = CaseScript.In(CaseStatus.InCare);
        script.Must(new ScheduleAppointment(Sample.Id(), Sample.Lotsin(), script.Now.AddDays(1), "Familienkiosk Herne", true));
        var day = GermanTime.DateOf(script.Now.AddDays(1));
        Assert.Single(Project(script).KioskAppointments(day, day));

        script.Must(withdrawConsent
            ? new WithdrawConsent(Sample.Id(), Sample.Practice())
            : new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.GoalsReached, "Familie ist gut angebunden."));

        Assert.Empty(Project(script).KioskAppointments(day, day));
    }

    private static BoardProjection Project(CaseScript script)
    {
        var board = new BoardProjection(Sample.Network, DeadlinePolicy.Default);
        foreach (var (change, position) in script.Events.Select((e, i) => (e.Redacted(), i + 1L)))
        {
            board.Apply(Envelopes.Of(position, "case-1", change, script.Now));
        }

        return board;
    }
}
