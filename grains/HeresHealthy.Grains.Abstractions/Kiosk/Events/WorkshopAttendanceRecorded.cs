
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>Attendance of a held workshop, as the anonymous fact the reports keep: its month and municipality and three counts.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopAttendanceRecorded")]
public sealed record WorkshopAttendanceRecorded([Id(0)] string Network, [Id(1)] string WorkshopId, [Id(2)] int Year, [Id(3)] int Month, [Id(4)] string Municipality, [Id(5)] int Registered, [Id(6)] int Attended) : IWorkshopEvent;
