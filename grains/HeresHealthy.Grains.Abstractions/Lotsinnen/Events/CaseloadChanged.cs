namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

public sealed record CaseloadChanged(string LotsinId, int Active, int Capacity);
