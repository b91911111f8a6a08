
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>The names and phone numbers of a workshop's families were erased at the end of their retention.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopNamesErased")]
public sealed record WorkshopNamesErased([Id(0)] string Network, [Id(1)] string WorkshopId) : IWorkshopEvent;
