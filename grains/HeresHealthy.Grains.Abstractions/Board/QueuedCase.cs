using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>
/// A referral waiting for a Lotsin (or an offer waiting for her answer), with its age; or a case in a Lotsin's care.
/// <c>DueAt</c>: when the obligation of a waiting case falls due (assign, or answer the offer), computed by the server
/// from the network's deadlines, counting from <c>StatusSince</c> (when the case last entered its status); null for a
/// case in care.
/// </summary>
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
    [Id(11)] string? Reference,
    [Id(12)] string? PracticeName,
    [Id(13)] DateTimeOffset? DueAt,
    [Id(14)] DateTimeOffset StatusSince);
