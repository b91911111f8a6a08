namespace HeresHealthy.Grains.Abstractions.Cases;

public sealed record PracticeMessage(string Id, string? Text, DateTimeOffset At);
