namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>
/// Who issues a command: a role, the entity acting (practice id, Lotsin id, coordinator id) and its network.
/// Always taken from the authenticated user, never from a form field.
/// </summary>
public sealed record Actor(ActorRole Role, string Id, string Network)
{
    public static Actor System { get; } = new(ActorRole.System, "system", "");

    public override string ToString() => $"{Role}:{Id}";
}
