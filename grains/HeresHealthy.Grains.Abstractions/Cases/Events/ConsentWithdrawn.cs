
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.ConsentWithdrawn")]
public sealed record ConsentWithdrawn(string CommandId, DateTimeOffset At, [Id(0)] string? LotsinId) : CaseEvent(CommandId, At);
