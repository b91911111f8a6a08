using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Reports;

/// <summary>
/// The anonymous fact one referral leaves for the reports: a random id (not the case id), the referral's month, places
/// from the network's pick-list, categories, durations and outcome. No names, no free text, no date finer than a month.
/// </summary>
public sealed record ReportFact(
    string FactId,
    int Year,
    int Month,
    string Municipality,
    string District,
    string PracticeGroup,
    IReadOnlyList<NeedCategory> Needs,
    bool Urgent)
{
    public int? MinutesToAssignment { get; init; }

    public int? MinutesToFirstContact { get; init; }

    /// <summary>The first meeting was held (Familie erreicht).</summary>
    public bool Reached { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public IReadOnlyList<OnwardFact> Onward { get; init; } = [];
}
