namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseReassigned(string CommandId, DateTimeOffset At, string FromLotsinId, string ToLotsinId, string ToLotsinName, CoordinatorOverride? Override) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Override = Override?.Redacted() };
}
