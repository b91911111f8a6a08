
namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>
/// What the referring practice sees: status, Lotsin, the feedback texts addressed to it, its own messages and the data
/// it entered itself. Never the Lotsin's notes, contact attempts, onward referrals or appointments.
/// After consent was withdrawn it sees only that the case ended. <see cref="Outcome"/>, set once the case is closed, is an
/// anonymous fact and stays after erasure.
/// </summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Cases.Views.PracticeCaseView")]
public sealed record PracticeCaseView(
    [Id(0)] string CaseId,
    [Id(1)] CaseStatus Status,
    [Id(2)] DateTimeOffset ReferredAt,
    [Id(3)] bool Urgent,
    [Id(4)] IReadOnlyList<NeedCategory> Needs,
    [Id(5)] string? LotsinName,
    [Id(6)] FamilyRecord? Family,
    [Id(7)] IReadOnlyList<Feedback> Feedback,
    [Id(8)] IReadOnlyList<PracticeMessage> Messages,
    [Id(9)] IReadOnlyList<OverdueFlag> Overdue,
    [Id(10)] bool Ended,
    [Id(11)] bool FeedbackWithheld,
    [Id(12)] CaseOutcome? Outcome,
    [Id(13)] string? Reference);
