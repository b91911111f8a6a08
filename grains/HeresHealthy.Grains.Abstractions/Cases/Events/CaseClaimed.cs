
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseClaimed")]
public sealed record CaseClaimed(string CommandId, DateTimeOffset At, [Id(0)] string LotsinId, [Id(1)] string LotsinName) : CaseEvent(CommandId, At);
