namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

public sealed record WorkshopRegistrationAdded(string Network, string WorkshopId, int Registrations);
