namespace HeresHealthy.Grains.Abstractions.Kiosk.Events;

public sealed record WorkshopScheduled(string Network, Workshop Workshop);
