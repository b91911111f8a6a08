
namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

/// <summary>A family's registration or waiting place was cancelled; <c>MovedUp</c>: the first on the waiting list got the place.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Events.FamilyRegistrationWithdrawn")]
public sealed record FamilyRegistrationWithdrawn([Id(0)] string Network, [Id(1)] string WorkshopId, [Id(2)] bool MovedUp) : IWorkshopEvent;
