namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record DeadlineMissed(string CommandId, DateTimeOffset At, Obligation Obligation, OverdueStage Stage, DateTimeOffset DueAt) : CaseEvent(CommandId, At);
