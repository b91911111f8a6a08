namespace HeresHealthy.Grains.Abstractions.Cases;

public sealed record OverdueFlag(Obligation Obligation, OverdueStage Stage, DateTimeOffset DueAt);
