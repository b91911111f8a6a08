
namespace HeresHealthy.Grains.Abstractions.HelpOffers;

/// <summary>Kinds of help offers the Lotsinnen refer onward to.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.HelpOffers.HelpOfferKind")]
public enum HelpOfferKind
{
    /// <summary>Jugendamt.</summary>
    YouthWelfare,

    /// <summary>Frühe Hilfen.</summary>
    EarlyHelp,

    /// <summary>Familienhebammen and Familien-Gesundheits- und Kinderkrankenpflegerinnen.</summary>
    FamilyMidwife,

    /// <summary>Familienbüro.</summary>
    FamilyOffice,

    /// <summary>Caritas and other welfare associations.</summary>
    Caritas,

    /// <summary>Erziehungsberatung.</summary>
    ParentingCounselling,

    /// <summary>Sozialamt, Jobcenter and other social services.</summary>
    SocialServices,

    /// <summary>Elternwerkstätten at the Familienkiosk.</summary>
    ParentWorkshop,
}
