
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Psychosocial burdens a practice can name when it refers a family.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.NeedCategory")]
public enum NeedCategory
{
    Poverty,
    Language,
    Addiction,
    Isolation,
    MissedCheckUps,
    Parenting,
    MentalHealth,
    Housing,
    Other,
}
