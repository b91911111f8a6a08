
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.DisplayNameSet")]
public sealed record DisplayNameSet(string CommandId, DateTimeOffset At, [Id(0)] string? DisplayName) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { DisplayName = null };
}
