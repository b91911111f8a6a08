
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>One feedback to the practice. Text is null for automatic feedback and after erasure.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Feedback")]
public sealed record Feedback([Id(0)] string Id, [Id(1)] FeedbackKind Kind, [Id(2)] string? Text, [Id(3)] DateTimeOffset At, [Id(4)] string? LotsinId);
