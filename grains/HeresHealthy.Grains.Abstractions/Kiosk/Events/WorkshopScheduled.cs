
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopScheduled")]
public sealed record WorkshopScheduled([Id(0)] string Network, [Id(1)] Workshop Workshop) : IWorkshopEvent;
