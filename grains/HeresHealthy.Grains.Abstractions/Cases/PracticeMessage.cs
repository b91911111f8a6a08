
namespace HeresHealthy.Grains.Abstractions.Cases;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.PracticeMessage")]
public sealed record PracticeMessage([Id(0)] string Id, [Id(1)] string? Text, [Id(2)] DateTimeOffset At);
