namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>
/// One protected row of a report. Every count is null (suppressed) or a multiple of 5 (rounded); times are null unless
/// at least ten cases were measured; shares are computed from the published counts. See docs/data-protection.md.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.ReportRow")]
public sealed record ReportRow(
    [property: Id(0)] string Key,
    [property: Id(1)] int? Referrals,
    [property: Id(2)] int? Reached,
    [property: Id(3)] int? ReachedPercent,
    [property: Id(4)] int? MedianMinutesToAssignment,
    [property: Id(5)] int? P90MinutesToAssignment,
    [property: Id(6)] int? MedianMinutesToFirstContact,
    [property: Id(7)] int? P90MinutesToFirstContact,
    [property: Id(8)] IReadOnlyList<OutcomeCount> Outcomes,
    [property: Id(9)] int? OnwardReferrals,
    [property: Id(10)] int? OnwardTakenUp,
    [property: Id(11)] int? UptakePercent,
    [property: Id(12)] IReadOnlyList<OnwardKindCount> OnwardByKind);
