namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>A recorded decision of the coordinator to assign beyond capacity or availability.</summary>
public sealed record CoordinatorOverride(string LotsinId, string Reason, DateTimeOffset At);
