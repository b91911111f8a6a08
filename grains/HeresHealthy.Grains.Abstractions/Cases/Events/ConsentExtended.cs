
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.ConsentExtended")]
public sealed record ConsentExtended(string CommandId, DateTimeOffset At, [Id(0)] string OfferId, [Id(1)] string? GivenBy, [Id(2)] DateTimeOffset GivenAt) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { GivenBy = null };
}
