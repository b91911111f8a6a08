
namespace HeresHealthy.Grains.Abstractions.Cases;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.OverdueFlag")]
public sealed record OverdueFlag([Id(0)] Obligation Obligation, [Id(1)] OverdueStage Stage, [Id(2)] DateTimeOffset DueAt);
