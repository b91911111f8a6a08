
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Something the Lotsin did with or for the family (Begleitung). Note is internal and never shown to the practice.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Activity")]
public sealed record Activity([Id(0)] string Id, [Id(1)] string Kind, [Id(2)] string? Note, [Id(3)] DateTimeOffset At);
