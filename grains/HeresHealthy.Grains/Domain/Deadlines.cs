using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// The deadlines of an open case. Obligations of the Lotsin first remind her, then alert the board one working day
/// later; the coordinator's obligation to assign and the six weeks of silence go to the board at once.
/// </summary>
public static class Deadlines
{
    /// <summary>The obligations still open in a state; a flag of an obligation no longer open is cleared.</summary>
    public static IReadOnlyList<Obligation> OpenObligations(CaseState state)
    {
        var open = new List<Obligation>();
        switch (state.Status)
        {
            case CaseStatus.Referred:
                open.Add(Obligation.AssignReferral);
                break;
            case CaseStatus.Assigned:
                open.Add(Obligation.RespondToOffer);
                break;
            case CaseStatus.Accepted when state.ContactAttempts.Count == 0:
                open.Add(Obligation.FirstContactAttempt);
                break;
            case CaseStatus.InCare:
                open.Add(Obligation.Activity);
                break;
        }

        if (state.IsOpen && state.Feedback.All(f => f.Kind != FeedbackKind.FirstContact))
        {
            open.Add(Obligation.FirstContactFeedback);
        }

        return open;
    }

    public static IReadOnlyList<Deadline> For(CaseState state, DeadlinePolicy policy) =>
        [.. OpenObligations(state).Select(obligation => For(state, obligation, policy))];

    /// <summary>The earliest stage not yet flagged, over all open obligations.</summary>
    public static (Obligation Obligation, OverdueStage Stage, DateTimeOffset DueAt, DateTimeOffset At)? NextStage(CaseState state, DeadlinePolicy policy) =>
        For(state, policy)
            .SelectMany(d => d.Stages.Select(s => (d.Obligation, s.Stage, d.DueAt, s.At)))
            .Where(s => !state.Overdue.Any(f => f.Obligation == s.Obligation && f.Stage == s.Stage && f.DueAt == s.DueAt))
            .OrderBy(s => s.At)
            .Cast<(Obligation, OverdueStage, DateTimeOffset, DateTimeOffset)?>()
            .FirstOrDefault();

    /// <summary>When the obligation of a waiting case falls due: assigning a referral, or answering an offer; null in any other status.</summary>
    public static DateTimeOffset? DueOfWaiting(CaseState state, DeadlinePolicy policy) => state.Status switch
    {
        CaseStatus.Referred => For(state, Obligation.AssignReferral, policy).DueAt,
        CaseStatus.Assigned => For(state, Obligation.RespondToOffer, policy).DueAt,
        _ => null,
    };

    private static Deadline For(CaseState state, Obligation obligation, DeadlinePolicy policy)
    {
        var due = obligation switch
        {
            Obligation.AssignReferral => state.Urgent
                ? state.StatusSince + policy.AssignUrgent
                : WorkingDays.Add(state.StatusSince, policy.AssignWorkingDays),
            Obligation.RespondToOffer => WorkingDays.Add(state.StatusSince, policy.RespondWorkingDays),
            Obligation.FirstContactAttempt => WorkingDays.Add(state.AcceptedAt ?? state.StatusSince, policy.FirstContactAttemptWorkingDays),
            Obligation.FirstContactFeedback => WorkingDays.Add(state.ReferredAt, policy.FirstContactFeedbackWorkingDays),
            _ => (state.LastActivityAt ?? state.StatusSince) + policy.StaleAfter,
        };
        IReadOnlyList<(OverdueStage, DateTimeOffset)> stages = obligation is Obligation.AssignReferral or Obligation.Activity
            ? [(OverdueStage.Alert, due)]
            : [(OverdueStage.Reminder, due), (OverdueStage.Alert, WorkingDays.Add(due, policy.AlertAfterReminderWorkingDays))];
        return new Deadline(obligation, due, stages);
    }
}
