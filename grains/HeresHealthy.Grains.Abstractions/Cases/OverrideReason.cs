
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// Why the coordinator assigns a Lotsin beyond her capacity or while she is away: a choice from this list, an
/// anonymous fact that stays after erasure; anything more goes into the override's optional note, erased with the case.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.OverrideReason")]
public enum OverrideReason
{
    /// <summary>Dringend, keine andere Lotsin verfügbar.</summary>
    UrgentNoOtherAvailable,

    /// <summary>Spricht die Sprache der Familie.</summary>
    LanguageOfFamily,

    /// <summary>Kennt die Familie bereits.</summary>
    KnowsFamily,

    /// <summary>Zuständig für den Stadtteil.</summary>
    ResponsibleForDistrict,

    /// <summary>Mit der Lotsin abgesprochen.</summary>
    AgreedWithLotsin,

    /// <summary>Sonstiger Grund.</summary>
    Other,
}
