
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.DeadlineMissed")]
public sealed record DeadlineMissed(string CommandId, DateTimeOffset At, [Id(0)] Obligation Obligation, [Id(1)] OverdueStage Stage, [Id(2)] DateTimeOffset DueAt) : CaseEvent(CommandId, At);
