
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>Attendance after a workshop: per family registered by name whether it came, and attendees counted without a name.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.AttendanceRecord")]
public sealed record AttendanceRecord([Id(0)] IReadOnlyDictionary<string, bool> Families, [Id(1)] int Anonymous);
