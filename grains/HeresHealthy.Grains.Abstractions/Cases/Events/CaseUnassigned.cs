namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseUnassigned(string CommandId, DateTimeOffset At, string LotsinId, string? Reason) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Reason = null };
}
