
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseAssigned")]
public sealed record CaseAssigned(string CommandId, DateTimeOffset At, [Id(0)] string LotsinId, [Id(1)] string LotsinName, [Id(2)] CoordinatorOverride? Override) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Override = Override?.Redacted() };
}
