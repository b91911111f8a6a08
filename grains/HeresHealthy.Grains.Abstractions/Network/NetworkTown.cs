namespace HeresHealthy.Grains.Abstractions.Network;

/// <summary>A municipality of the network with its districts (Stadtbezirke, Ortsteile or Stadtteile), in pick-list order.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Network.NetworkTown")]
public sealed record NetworkTown([Id(0)] string Municipality, [Id(1)] IReadOnlyList<string> Districts);
