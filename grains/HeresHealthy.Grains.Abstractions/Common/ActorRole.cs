namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>The roles of PROTOCOL.md.</summary>
public enum ActorRole
{
    Practice,
    Lotsin,
    Coordinator,
    Kiosk,
    Admin,

    /// <summary>The platform itself: deadlines, automatic feedback.</summary>
    System,
}
