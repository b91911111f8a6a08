namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseAssigned(string CommandId, DateTimeOffset At, string LotsinId, string LotsinName, CoordinatorOverride? Override) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Override = Override?.Redacted() };
}
