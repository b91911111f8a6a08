namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

public sealed record AvailabilityChanged(string LotsinId, Availability Availability);
