using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;

namespace HeresHealthy.Grains.Domain;

/// <summary>Evolve: applies one event to a case's state. Works on full events and on their redacted, published form.</summary>
public static class CaseEvolver
{
    public static CaseState Evolve(CaseState state, CaseEvent @event)
    {
        var next = @event switch
        {
            CaseReferred e => state with
            {
                CaseId = e.CaseId,
                Reference = e.Reference,
                PracticeId = e.PracticeId,
                Network = e.Network,
                Municipality = e.Municipality,
                District = e.District,
                Needs = e.Needs,
                Urgent = e.Urgent,
                Language = e.Language,
                Consent = e.Consent,
                Family = e.Family,
                ReferralNote = e.Note,
                ReferredAt = e.At,
                Feedback = [new Feedback($"{e.CommandId}:receipt", FeedbackKind.Receipt, null, e.At, null)],
            },
            CaseAssigned e => state with { LotsinId = e.LotsinId, LotsinName = e.LotsinName, Overrides = Append(state.Overrides, e.Override) },
            CaseClaimed e => Takeover(state with { LotsinId = e.LotsinId, LotsinName = e.LotsinName }, e),
            AssignmentAccepted e => Takeover(state, e),
            AssignmentDeclined e => state with { LotsinId = null, LotsinName = null, DeclinedBy = [.. state.DeclinedBy, e.LotsinId] },
            CaseUnassigned => state with { LotsinId = null, LotsinName = null },
            ReferralWithdrawn e => state with { Outcome = CaseOutcome.WithdrawnByPractice, ClosedAt = e.At },
            ContactAttemptRecorded e => state with { ContactAttempts = [.. state.ContactAttempts, new ContactAttempt(e.Number, e.Reached, e.Note, e.At)] },
            AppointmentScheduled e => Active(state with { Appointments = [.. state.Appointments, new Appointment(e.AppointmentId, e.AppointmentAt, e.Place, e.AtKiosk)] }, e),
            FeedbackSent e => Active(state with { Feedback = [.. state.Feedback, new Feedback(e.FeedbackId, e.Kind, e.Text, e.At, e.LotsinId)] }, e),
            PracticeMessageAdded e => state with { Messages = [.. state.Messages, new PracticeMessage(e.MessageId, e.Text, e.At)] },
            FirstMeetingRecorded e => state with { FirstMeetingAt = e.At, LastActivityAt = e.At },
            CaseReassigned e => state with { LotsinId = e.ToLotsinId, LotsinName = e.ToLotsinName, Overrides = Append(state.Overrides, e.Override) },
            ActivityRecorded e => Active(state with { Activities = [.. state.Activities, new Activity(e.ActivityId, e.Kind, e.Note, e.At)] }, e),
            OnwardReferralMade e => Active(state with { OnwardReferrals = [.. state.OnwardReferrals, new OnwardReferral(e.ReferralId, e.OfferId, e.OfferKind, OnwardReferralStatus.Suggested, e.At)] }, e),
            OnwardReferralUpdated e => Active(state with { OnwardReferrals = [.. state.OnwardReferrals.Select(r => r.Id == e.ReferralId ? r with { Status = e.Status, At = e.At } : r)] }, e),
            ConsentExtended e => state with
            {
                Consent = state.Consent is null ? null : state.Consent with { Recipients = [.. state.Consent.Recipients, e.OfferId] },
                ConsentExtensions = [.. state.ConsentExtensions, new ConsentExtension(e.OfferId, e.GivenBy, e.GivenAt, e.At)],
            },
            CaseClosed e => state with
            {
                Outcome = e.Outcome,
                ClosedAt = e.At,
                Feedback = [.. state.Feedback, new Feedback(e.FeedbackId, FeedbackKind.Closing, e.Text, e.At, e.LotsinId)],
            },
            ConsentWithdrawn e => Erase(state) with { Outcome = CaseOutcome.ConsentWithdrawn, ClosedAt = e.At },
            DisplayNameSet e => state with { DisplayName = e.DisplayName },
            DeadlineMissed e => state with { Overdue = [.. state.Overdue, new OverdueFlag(e.Obligation, e.Stage, e.DueAt)] },
            CaseAnonymised e => Erase(state) with { AnonymisedAt = e.At },
            CaseReferenceAllocated e => state with { Reference = e.Reference },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown case event."),
        };
        var status = CaseTransitions.Find(state.Status, CommandOf(@event))?.To ?? state.Status;
        next = next with { Status = status, StatusSince = status == state.Status ? state.StatusSince : @event.At };
        var open = Deadlines.OpenObligations(next);
        return next with { Overdue = [.. next.Overdue.Where(f => open.Contains(f.Obligation))] };
    }

    /// <summary>Empties every personal field: family, the kiosk's display name, consent giver, texts, notes, places, override notes. Counts and dates stay.</summary>
    public static CaseState Erase(CaseState state) => state with
    {
        Family = null,
        DisplayName = null,
        ReferralNote = null,
        Consent = state.Consent is null ? null : state.Consent with { GivenBy = null },
        ConsentExtensions = [.. state.ConsentExtensions.Select(c => c with { GivenBy = null })],
        ContactAttempts = [.. state.ContactAttempts.Select(a => a with { Note = null })],
        Appointments = [.. state.Appointments.Select(a => a with { Place = null })],
        Activities = [.. state.Activities.Select(a => a with { Note = null })],
        Feedback = [.. state.Feedback.Select(f => f with { Text = null })],
        Messages = [.. state.Messages.Select(m => m with { Text = null })],
        Overrides = [.. state.Overrides.Select(o => o.Redacted())],
        Erased = true,
    };

    /// <summary>The command whose transition an event records.</summary>
    public static string CommandOf(CaseEvent @event) => @event switch
    {
        CaseReferred => "Refer",
        CaseAssigned => "Assign",
        CaseClaimed => "Claim",
        AssignmentAccepted => "Accept",
        AssignmentDeclined => "Decline",
        CaseUnassigned => "Unassign",
        ReferralWithdrawn => "Withdraw",
        ContactAttemptRecorded => "RecordContactAttempt",
        AppointmentScheduled => "ScheduleAppointment",
        FeedbackSent => "SendFeedback",
        PracticeMessageAdded => "AddPracticeMessage",
        FirstMeetingRecorded => "RecordFirstMeeting",
        CaseReassigned => "Reassign",
        ActivityRecorded => "RecordActivity",
        OnwardReferralMade => "ReferOnward",
        OnwardReferralUpdated => "UpdateOnwardReferral",
        ConsentExtended => "ExtendConsent",
        CaseClosed => "Close",
        ConsentWithdrawn => "WithdrawConsent",
        DisplayNameSet => "SetDisplayName",
        DeadlineMissed => "MarkOverdue",
        CaseAnonymised => "Anonymise",
        _ => @event.GetType().Name,
    };

    private static CaseState Takeover(CaseState state, CaseEvent e) => state with
    {
        AcceptedAt = e.At,
        Feedback = [.. state.Feedback, new Feedback($"{e.CommandId}:takeover", FeedbackKind.Takeover, null, e.At, state.LotsinId)],
    };

    private static CaseState Active(CaseState state, CaseEvent e) => state with { LastActivityAt = e.At };

    private static IReadOnlyList<T> Append<T>(IReadOnlyList<T> list, T? item) where T : class => item is null ? list : [.. list, item];
}
