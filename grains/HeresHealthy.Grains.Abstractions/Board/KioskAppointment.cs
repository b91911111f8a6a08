using System.Text.Json.Serialization;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>
/// An appointment at the Familienkiosk, as kiosk staff see it: when, with which Lotsin, and the display name the Lotsin
/// chose for the family (null until she chose one); no health details. <c>CaseId</c> finds the display name and is
/// never sent to the kiosk.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.KioskAppointment")]
public sealed record KioskAppointment(
    [Id(0)] string AppointmentId,
    [Id(1)] DateTimeOffset At,
    [Id(2)] string LotsinName,
    [Id(3)] string CaseReference,
    [Id(4)] string? DisplayName,
    [property: JsonIgnore][Id(5)] string CaseId);
