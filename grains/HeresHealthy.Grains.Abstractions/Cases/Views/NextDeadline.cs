
namespace HeresHealthy.Grains.Abstractions.Cases.Views;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Views.NextDeadline")]
public sealed record NextDeadline([Id(0)] Obligation Obligation, [Id(1)] DateTimeOffset DueAt);
