
namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>An appointment at the Familienkiosk, as kiosk staff see it: when and with which Lotsin, no health details.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.KioskAppointment")]
public sealed record KioskAppointment([Id(0)] string AppointmentId, [Id(1)] DateTimeOffset At, [Id(2)] string LotsinName, [Id(3)] string CaseReference);
