namespace HeresHealthy.Grains.Abstractions.Cases;

public sealed record ContactAttempt(int Number, bool Reached, string? Note, DateTimeOffset At);
