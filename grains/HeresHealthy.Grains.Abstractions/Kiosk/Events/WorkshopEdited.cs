
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>A planned workshop was changed (title, time, place, capacity, languages or leader).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopEdited")]
public sealed record WorkshopEdited([Id(0)] string Network, [Id(1)] string WorkshopId) : IWorkshopEvent;
