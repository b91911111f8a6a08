
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseUnassigned")]
public sealed record CaseUnassigned(string CommandId, DateTimeOffset At, [Id(0)] string LotsinId, [Id(1)] string? Reason) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Reason = null };
}
