
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>A registration was undone: one family fewer; <c>Registrations</c> is the new count.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.WorkshopRegistrationCancelled")]
public sealed record WorkshopRegistrationCancelled([Id(0)] string Network, [Id(1)] string WorkshopId, [Id(2)] int Registrations) : IWorkshopEvent;
