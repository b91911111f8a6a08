using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Network;

/// <summary>The answer to saving a practice or a Lotsin: the command's result and the id it has (allocated by the network for a new one).</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Network.SetupResult")]
public sealed record SetupResult([Id(0)] CommandResult Result, [Id(1)] string? Id);
