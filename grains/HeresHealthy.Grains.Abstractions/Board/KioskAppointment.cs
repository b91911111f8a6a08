namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>An appointment at the Familienkiosk, as kiosk staff see it: when and with which Lotsin, no health details.</summary>
public sealed record KioskAppointment(string AppointmentId, DateTimeOffset At, string LotsinName, string CaseReference);
