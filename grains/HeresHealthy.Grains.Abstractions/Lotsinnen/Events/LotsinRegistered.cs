namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

public sealed record LotsinRegistered(LotsinProfile Profile);
