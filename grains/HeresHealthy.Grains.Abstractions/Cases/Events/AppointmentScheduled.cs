
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.AppointmentScheduled")]
public sealed record AppointmentScheduled(string CommandId, DateTimeOffset At, [Id(0)] string AppointmentId, [Id(1)] DateTimeOffset AppointmentAt, [Id(2)] string? Place, [Id(3)] bool AtKiosk, [Id(4)] string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Place = null };
}
