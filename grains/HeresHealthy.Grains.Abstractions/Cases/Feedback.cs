namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>One feedback to the practice. Text is null for automatic feedback and after erasure.</summary>
public sealed record Feedback(string Id, FeedbackKind Kind, string? Text, DateTimeOffset At, string? LotsinId);
