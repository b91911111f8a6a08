namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record AppointmentScheduled(string CommandId, DateTimeOffset At, string AppointmentId, DateTimeOffset AppointmentAt, string? Place, bool AtKiosk, string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Place = null };
}
