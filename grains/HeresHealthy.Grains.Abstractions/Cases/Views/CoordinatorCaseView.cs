
namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>The coordinator's minimised view: no personal data, no texts.</summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Cases.Views.CoordinatorCaseView")]
public sealed record CoordinatorCaseView(
    [Id(0)] string CaseId,
    [Id(1)] CaseStatus Status,
    [Id(2)] CaseOutcome? Outcome,
    [Id(3)] string PracticeId,
    [Id(4)] string Municipality,
    [Id(5)] string District,
    [Id(6)] IReadOnlyList<NeedCategory> Needs,
    [Id(7)] string? Language,
    [Id(8)] bool Urgent,
    [Id(9)] DateTimeOffset ReferredAt,
    [Id(10)] string? LotsinId,
    [Id(11)] string? LotsinName,
    [Id(12)] IReadOnlyList<OverdueFlag> Overdue,
    [Id(13)] IReadOnlyList<CoordinatorOverride> Overrides,
    [Id(14)] string? Reference);
