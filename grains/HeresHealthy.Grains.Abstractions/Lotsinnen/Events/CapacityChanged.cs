namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

public sealed record CapacityChanged(string LotsinId, int Capacity);
