using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A referral waiting for a Lotsin (or an offer waiting for her answer), with its age.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.QueuedCase")]
public sealed record QueuedCase(
    [Id(0)] string CaseId,
    [Id(1)] CaseStatus Status,
    [Id(2)] string PracticeId,
    [Id(3)] string Municipality,
    [Id(4)] string District,
    [Id(5)] IReadOnlyList<NeedCategory> Needs,
    [Id(6)] string? Language,
    [Id(7)] bool Urgent,
    [Id(8)] DateTimeOffset ReferredAt,
    [Id(9)] TimeSpan Age,
    [Id(10)] string? OfferedTo,
    [Id(11)] string? Reference);
