using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>An account as the admin page lists it: who, in which role, for whom, and whether it is usable. No password data.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.AccountSummary")]
public sealed record AccountSummary(
    [Id(0)] string UserName,
    [Id(1)] string DisplayName,
    [Id(2)] ActorRole Role,
    [Id(3)] string EntityId,
    [Id(4)] bool Disabled,
    [Id(5)] bool MustChangePassword);
