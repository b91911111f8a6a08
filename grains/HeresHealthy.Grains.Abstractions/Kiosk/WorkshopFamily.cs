
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A family registered by name for a workshop, with its consent; <c>MovedUp</c>: it came from the waiting list.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.WorkshopFamily")]
public sealed record WorkshopFamily([Id(0)] string Id, [Id(1)] string Name, [Id(2)] string? Phone, [Id(3)] bool MovedUp = false);
