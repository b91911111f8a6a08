using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>A user account: who signs in, in which role, for which practice, Lotsin or network.</summary>
/// <param name="EntityId">The practice id, Lotsin id, or the coordinator's, kiosk's or admin's own id.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.AccountProfile")]
public sealed record AccountProfile([Id(0)] string UserName, [Id(1)] string DisplayName, [Id(2)] ActorRole Role, [Id(3)] string EntityId, [Id(4)] string Network);
