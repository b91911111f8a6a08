namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record ConsentExtended(string CommandId, DateTimeOffset At, string OfferId, string? GivenBy, DateTimeOffset GivenAt) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { GivenBy = null };
}
