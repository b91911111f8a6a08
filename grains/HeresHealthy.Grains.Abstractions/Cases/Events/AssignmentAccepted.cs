
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.AssignmentAccepted")]
public sealed record AssignmentAccepted(string CommandId, DateTimeOffset At, [Id(0)] string LotsinId) : CaseEvent(CommandId, At);
