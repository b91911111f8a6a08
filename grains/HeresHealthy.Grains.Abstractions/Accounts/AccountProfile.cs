using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>A user account: who signs in, in which role, for which practice, Lotsin or network.</summary>
/// <param name="EntityId">The practice id, Lotsin id, or the coordinator's, kiosk's or admin's own id.</param>
public sealed record AccountProfile(string UserName, string DisplayName, ActorRole Role, string EntityId, string Network);
