
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopRegistrationAdded")]
public sealed record WorkshopRegistrationAdded([Id(0)] string Network, [Id(1)] string WorkshopId, [Id(2)] int Registrations) : IWorkshopEvent;
