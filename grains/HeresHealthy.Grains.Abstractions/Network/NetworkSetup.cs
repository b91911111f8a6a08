using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Practices;

namespace HeresHealthy.Grains.Abstractions.Network;

/// <summary>What the admin page shows of a network: its places, practices, Lotsinnen and accounts. No case content.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Network.NetworkSetup")]
public sealed record NetworkSetup(
    [Id(0)] IReadOnlyList<NetworkTown> Places,
    [Id(1)] IReadOnlyList<PracticeProfile> Practices,
    [Id(2)] IReadOnlyList<LotsinProfile> Lotsinnen,
    [Id(3)] IReadOnlyList<AccountSummary> Accounts);
