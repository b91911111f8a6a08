
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseReassigned")]
public sealed record CaseReassigned(string CommandId, DateTimeOffset At, [Id(0)] string FromLotsinId, [Id(1)] string ToLotsinId, [Id(2)] string ToLotsinName, [Id(3)] CoordinatorOverride? Override) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Override = Override?.Redacted() };
}
