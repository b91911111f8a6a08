using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Domain;

/// <summary>Decide: a command against the current state yields exactly one event, or a refusal that changes nothing.</summary>
public static class CaseDecider
{
    public static (CaseEvent? Event, Refusal? Refusal) Decide(CaseState state, CaseCommand command, DecisionContext context)
    {
        if (CaseRules.Check(state, command, context.Now, context.Places) is { } refusal)
        {
            return (null, refusal);
        }

        var id = command.CommandId;
        var now = context.Now;
        var lotsin = state.LotsinId ?? "";
        CaseEvent decided = command switch
        {
            Refer r => new CaseReferred(id, now, context.CaseId, r.Actor.Id, r.Network, r.Municipality, r.District, [.. r.Needs.Distinct()],
                r.FamilyPresentNow, r.Family.PreferredLanguage, r.Consent, r.Family, r.Note, context.Reference),
            Assign a => new CaseAssigned(id, now, a.LotsinId, context.LotsinName ?? a.LotsinId, Override(a.LotsinId, a.OverrideReason, a.OverrideNote, now)),
            Claim c => new CaseClaimed(id, now, c.Actor.Id, context.LotsinName ?? c.Actor.Id),
            Accept => new AssignmentAccepted(id, now, lotsin),
            Decline d => new AssignmentDeclined(id, now, lotsin, d.Reason),
            Unassign u => new CaseUnassigned(id, now, lotsin, u.Reason),
            Withdraw w => new ReferralWithdrawn(id, now, w.Reason),
            RecordContactAttempt a => new ContactAttemptRecorded(id, now, state.ContactAttempts.Count + 1, a.Reached, a.Note),
            ScheduleAppointment a => new AppointmentScheduled(id, now, id, a.At, a.Place, a.AtKiosk, lotsin),
            SendFeedback f => new FeedbackSent(id, now, id, f.Kind, f.Text, lotsin),
            AddPracticeMessage m => new PracticeMessageAdded(id, now, id, m.Text),
            RecordFirstMeeting => new FirstMeetingRecorded(id, now, lotsin),
            Reassign r => new CaseReassigned(id, now, lotsin, r.LotsinId, context.LotsinName ?? r.LotsinId, Override(r.LotsinId, r.OverrideReason, r.OverrideNote, now)),
            RecordActivity a => new ActivityRecorded(id, now, id, a.Kind, a.Note),
            ReferOnward o => new OnwardReferralMade(id, now, id, o.OfferId, context.Offer?.Kind.ToString() ?? "Unknown"),
            UpdateOnwardReferral u => new OnwardReferralUpdated(id, now, u.ReferralId, u.Status),
            ExtendConsent e => new ConsentExtended(id, now, e.OfferId, e.GivenBy, e.GivenAt),
            Close c => new CaseClosed(id, now, c.Outcome, id, c.Feedback, lotsin),
            WithdrawConsent => new ConsentWithdrawn(id, now, state.LotsinId),
            SetDisplayName n => new DisplayNameSet(id, now, n.DisplayName.Trim()),
            MarkOverdue m => new DeadlineMissed(id, now, m.Obligation, m.Stage, m.DueAt),
            Anonymise => new CaseAnonymised(id, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown case command."),
        };
        return (decided, null);
    }

    private static CoordinatorOverride? Override(string lotsinId, OverrideReason? reason, string? note, DateTimeOffset now) =>
        reason is { } chosen ? new CoordinatorOverride(lotsinId, chosen, now, string.IsNullOrWhiteSpace(note) ? null : note) : null;
}
