using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>A valid command of each kind, issued by the actor the protocol names for it in the given state.</summary>
public static class CommandFor
{
    public static CaseCommand Make(string name, CaseState state, DateTimeOffset now)
    {
        var lotsin = Sample.Lotsin(state.LotsinId ?? "l-1");
        var practice = Sample.Practice(state.PracticeId is { Length: > 0 } p ? p : "p-1");
        var id = Sample.Id();
        return name switch
        {
            nameof(Refer) => Sample.Refer(now),
            nameof(Assign) => new Assign(id, Sample.Coordinator, "l-1"),
            nameof(Claim) => new Claim(id, Sample.Lotsin("l-2")),
            nameof(Accept) => new Accept(id, lotsin),
            nameof(Decline) => new Decline(id, lotsin, "Urlaub ab morgen"),
            nameof(Unassign) => new Unassign(id, Sample.Coordinator, "Lotsin erkrankt"),
            nameof(Withdraw) => new Withdraw(id, practice, "Familie zieht weg"),
            nameof(RecordContactAttempt) => new RecordContactAttempt(id, lotsin, false, "Mailbox"),
            nameof(ScheduleAppointment) => new ScheduleAppointment(id, lotsin, now.AddDays(2), "Familienkiosk Herne", true),
            nameof(SendFeedback) => new SendFeedback(id, lotsin, FeedbackKind.FirstContact, "Erstes Treffen vereinbart."),
            nameof(AddPracticeMessage) => new AddPracticeMessage(id, practice, "Bitte auch an die U7 denken."),
            nameof(RecordFirstMeeting) => new RecordFirstMeeting(id, lotsin),
            nameof(Reassign) => new Reassign(id, Sample.Coordinator, "l-3"),
            nameof(RecordActivity) => new RecordActivity(id, lotsin, "Begleitung", "Zum Jugendamt begleitet"),
            nameof(ReferOnward) => new ReferOnward(id, lotsin, "offer-1"),
            nameof(UpdateOnwardReferral) => new UpdateOnwardReferral(id, lotsin, (state.OnwardReferrals.Count > 0 ? state.OnwardReferrals[0].Id : "none"), OnwardReferralStatus.Contacted),
            nameof(ExtendConsent) => new ExtendConsent(id, lotsin, "offer-2", "Ayşe Yılmaz", now.AddHours(-1)),
            nameof(SetDisplayName) => new SetDisplayName(id, lotsin, "Familie K."),
            nameof(Close) => new Close(id, lotsin, CaseOutcome.HandedOver, "An die Erziehungsberatung übergeben."),
            nameof(WithdrawConsent) => new WithdrawConsent(id, practice),
            nameof(MarkOverdue) => new MarkOverdue(id, Abstractions.Common.Actor.System, Deadlines.OpenObligations(state) is { Count: > 0 } open ? open[0] : Obligation.Activity, OverdueStage.Alert, now),
            nameof(Anonymise) => new Anonymise(id, Abstractions.Common.Actor.System),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    public static IEnumerable<string> Names => CaseTransitions.All.Select(t => t.Command).Distinct();
}
