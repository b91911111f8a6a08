using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>When a closed case is anonymised: the retention period after it closed. Never for an open or an anonymised case.</summary>
public static class Retention
{
    public static DateTimeOffset? DueAt(CaseState state, TimeSpan period) =>
        state is { Status: CaseStatus.Closed, AnonymisedAt: null, ClosedAt: { } closedAt } ? closedAt + period : null;
}
