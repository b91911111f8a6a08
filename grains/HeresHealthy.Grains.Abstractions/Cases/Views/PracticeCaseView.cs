namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>
/// What the referring practice sees: status, Lotsin, the feedback texts addressed to it, its own messages and the data
/// it entered itself. Never the Lotsin's notes, contact attempts, onward referrals or appointments.
/// After consent was withdrawn it sees only that the case ended.
/// </summary>
public sealed record PracticeCaseView(
    string CaseId,
    CaseStatus Status,
    DateTimeOffset ReferredAt,
    bool Urgent,
    IReadOnlyList<NeedCategory> Needs,
    string? LotsinName,
    FamilyRecord? Family,
    IReadOnlyList<Feedback> Feedback,
    IReadOnlyList<PracticeMessage> Messages,
    IReadOnlyList<OverdueFlag> Overdue,
    bool Ended,
    bool FeedbackWithheld);
