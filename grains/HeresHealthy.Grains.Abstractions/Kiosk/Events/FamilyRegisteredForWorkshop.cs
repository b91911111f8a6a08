
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>A family registered by name, with a place or (<c>Waiting</c>) on the waiting list; the event holds no name.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.FamilyRegisteredForWorkshop")]
public sealed record FamilyRegisteredForWorkshop([Id(0)] string Network, [Id(1)] string WorkshopId, [Id(2)] bool Waiting) : IWorkshopEvent;
