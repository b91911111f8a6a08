using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Board;

public sealed record OverdueItem(string CaseId, Obligation Obligation, OverdueStage Stage, DateTimeOffset DueAt, string? LotsinId, CaseStatus Status);
