
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>What stays of a workshop once attendance is recorded: counts only, no names.</summary>
/// <param name="Registered">Families registered when it began (by name and counted).</param>
/// <param name="Attended">Families that took part: those registered by name who came, and the attendees counted without a name.</param>
/// <param name="Absent">Families registered by name who did not come.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.WorkshopAttendance")]
public sealed record WorkshopAttendance([Id(0)] int Registered, [Id(1)] int Attended, [Id(2)] int Absent);
