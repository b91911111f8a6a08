
namespace HeresHealthy.Grains.Abstractions.Common;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Common.RefusalCode")]
public enum RefusalCode
{
    /// <summary>The command is not allowed in the case's current state.</summary>
    InvalidState,

    /// <summary>This actor may not issue this command on this case.</summary>
    NotPermitted,

    /// <summary>A field is missing or invalid.</summary>
    InvalidInput,

    /// <summary>The Lotsin's active cases would exceed her capacity.</summary>
    CapacityExceeded,

    /// <summary>The Lotsin is away, or not on duty for an urgent claim.</summary>
    NotAvailable,

    /// <summary>Consent is missing, expired or does not cover the purpose.</summary>
    NoConsent,

    /// <summary>The case, Lotsin, practice or help offer does not exist.</summary>
    NotFound,
}
