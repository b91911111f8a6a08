using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>The Lotsin's answer to taking on a case: granted (with her name for the practice) or refused.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Reservation")]
public sealed record Reservation([Id(0)] bool Granted, [Id(1)] string LotsinName, [Id(2)] Refusal? Refusal);
