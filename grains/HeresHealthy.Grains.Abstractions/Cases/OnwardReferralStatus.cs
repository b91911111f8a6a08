
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Status of an onward referral (Weitervermittlung) to a help offer.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.OnwardReferralStatus")]
public enum OnwardReferralStatus
{
    Suggested,
    Contacted,
    Attended,
}
