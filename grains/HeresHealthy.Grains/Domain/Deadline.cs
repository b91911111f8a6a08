using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>An open obligation, when it falls due, and when each escalation stage is reached.</summary>
public sealed record Deadline(Obligation Obligation, DateTimeOffset DueAt, IReadOnlyList<(OverdueStage Stage, DateTimeOffset At)> Stages);
