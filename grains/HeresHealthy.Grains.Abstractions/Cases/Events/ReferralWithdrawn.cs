
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.ReferralWithdrawn")]
public sealed record ReferralWithdrawn(string CommandId, DateTimeOffset At, [Id(0)] string? Reason) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Reason = null };
}
