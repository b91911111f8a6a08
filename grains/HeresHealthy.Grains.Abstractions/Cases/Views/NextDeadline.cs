namespace HeresHealthy.Grains.Abstractions.Cases.Views;

public sealed record NextDeadline(Obligation Obligation, DateTimeOffset DueAt);
