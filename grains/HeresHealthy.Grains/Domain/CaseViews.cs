using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;

namespace HeresHealthy.Grains.Domain;

/// <summary>The views of a case, each cut to its audience as PROTOCOL.md says.</summary>
public static class CaseViews
{
    public static PracticeCaseView? ForPractice(CaseState state, string practiceId, DateTimeOffset now)
    {
        if (state.Status == CaseStatus.None || state.PracticeId != practiceId)
        {
            return null;
        }

        // Consent withdrawn or anonymised: the practice sees only that the case ended.
        var ended = state.Erased;
        var mayFeedback = state.Consent?.Covers(ConsentPurpose.FeedbackToPractice, now) == true;
        var feedback = ended ? [] : state.Feedback
            .Select(f => f.Kind is FeedbackKind.Receipt or FeedbackKind.Takeover || mayFeedback ? f : f with { Text = null })
            .ToList();
        return new PracticeCaseView(
            state.CaseId,
            state.Status,
            state.ReferredAt,
            state.Urgent,
            ended ? [] : state.Needs,
            ended ? null : state.HasResponsibleLotsin || state.Status == CaseStatus.Closed ? state.LotsinName : null,
            ended ? null : state.Family,
            feedback,
            ended ? [] : state.Messages,
            ended ? [] : state.Overdue,
            Ended: state.Status == CaseStatus.Closed,
            FeedbackWithheld: !mayFeedback && state.Feedback.Any(f => f.Kind is FeedbackKind.FirstContact or FeedbackKind.Interim or FeedbackKind.Closing),
            state.Status == CaseStatus.Closed ? state.Outcome : null,
            state.Reference);
    }

    public static LotsinCaseView? ForLotsin(CaseState state, string lotsinId, DeadlinePolicy policy)
    {
        var responsible = state.LotsinId == lotsinId && (state.HasResponsibleLotsin || state.Status == CaseStatus.Closed);
        var offered = (state.Status == CaseStatus.Assigned && state.LotsinId == lotsinId) || (state.Status == CaseStatus.Referred && state.Urgent);
        if (!responsible && !offered)
        {
            return null;
        }

        var next = responsible ? Deadlines.NextStage(state, policy) : null;
        return new LotsinCaseView(
            state.CaseId,
            state.Status,
            responsible,
            state.ReferredAt,
            state.Urgent,
            state.PracticeId,
            state.Municipality,
            state.District,
            state.Needs,
            state.Language,
            responsible ? state.Family : null,
            responsible ? state.ReferralNote : null,
            responsible ? state.ContactAttempts : [],
            responsible ? state.Appointments : [],
            responsible ? state.Activities : [],
            responsible ? state.OnwardReferrals : [],
            responsible ? state.Feedback : [],
            responsible ? state.Messages : [],
            responsible ? state.Overdue : [],
            next is { } n ? new NextDeadline(n.Obligation, n.At) : null,
            responsible && state.Consent is { } consent ? [.. consent.Recipients.Where(r => r != Consent.Lotsendienst)] : [],
            responsible ? state.DisplayName : null,
            state.Reference);
    }

    /// <summary>The kiosk sees a family's display name while its case is open, and nothing else of it.</summary>
    public static string? ForKiosk(CaseState state, string network) => state.Network == network && state.IsOpen ? state.DisplayName : null;

    public static CoordinatorCaseView? ForCoordinator(CaseState state, string network) =>
        state.Status == CaseStatus.None || state.Network != network
            ? null
            : new CoordinatorCaseView(
                state.CaseId,
                state.Status,
                state.Outcome,
                state.PracticeId,
                state.Municipality,
                state.District,
                state.Needs,
                state.Language,
                state.Urgent,
                state.ReferredAt,
                state.LotsinId,
                state.LotsinName,
                state.Overdue,
                state.Overrides,
                state.Reference);
}
