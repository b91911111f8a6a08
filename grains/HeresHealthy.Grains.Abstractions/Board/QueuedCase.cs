using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A referral waiting for a Lotsin (or an offer waiting for her answer), with its age.</summary>
public sealed record QueuedCase(
    string CaseId,
    CaseStatus Status,
    string PracticeId,
    string Municipality,
    string District,
    IReadOnlyList<NeedCategory> Needs,
    string? Language,
    bool Urgent,
    DateTimeOffset ReferredAt,
    TimeSpan Age,
    string? OfferedTo);
