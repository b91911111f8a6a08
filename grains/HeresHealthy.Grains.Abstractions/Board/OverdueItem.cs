using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Board;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.OverdueItem")]
public sealed record OverdueItem([Id(0)] string CaseId, [Id(1)] Obligation Obligation, [Id(2)] OverdueStage Stage, [Id(3)] DateTimeOffset DueAt, [Id(4)] string? LotsinId, [Id(5)] CaseStatus Status, [Id(6)] string? Reference);
