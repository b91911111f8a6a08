
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>A workshop was cancelled (abgesagt).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopCancelled")]
public sealed record WorkshopCancelled([Id(0)] string Network, [Id(1)] string WorkshopId) : IWorkshopEvent;
