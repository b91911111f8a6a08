
namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>The roles of PROTOCOL.md.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Common.ActorRole")]
public enum ActorRole
{
    Practice,
    Lotsin,
    Coordinator,
    Kiosk,
    /// <summary>Runs the platform: accounts from the command line; never sees case content.</summary>
    Admin,

    /// <summary>Datenschutzbeauftragte: reads the audit trail (references only); an outsider to every case.</summary>
    DataProtectionOfficer,

    /// <summary>The platform itself: deadlines, automatic feedback.</summary>
    System,

    /// <summary>Berichte: funders and health reporting read the protected reports of the network and nothing else; an outsider to every case.</summary>
    Reporting,
}
