
namespace HeresHealthy.Grains.Abstractions.Cases;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.ContactAttempt")]
public sealed record ContactAttempt([Id(0)] int Number, [Id(1)] bool Reached, [Id(2)] string? Note, [Id(3)] DateTimeOffset At);
