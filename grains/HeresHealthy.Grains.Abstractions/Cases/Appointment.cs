
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <param name="Place">Free text; null after erasure. Appointments at the kiosk show on the kiosk view.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Appointment")]
public sealed record Appointment([Id(0)] string Id, [Id(1)] DateTimeOffset At, [Id(2)] string? Place, [Id(3)] bool AtKiosk);
