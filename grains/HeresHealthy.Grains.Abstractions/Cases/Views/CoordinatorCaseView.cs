namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>The coordinator's minimised view: no personal data, no texts.</summary>
public sealed record CoordinatorCaseView(
    string CaseId,
    CaseStatus Status,
    CaseOutcome? Outcome,
    string PracticeId,
    string Municipality,
    string District,
    IReadOnlyList<NeedCategory> Needs,
    string? Language,
    bool Urgent,
    DateTimeOffset ReferredAt,
    string? LotsinId,
    string? LotsinName,
    IReadOnlyList<OverdueFlag> Overdue,
    IReadOnlyList<CoordinatorOverride> Overrides);
