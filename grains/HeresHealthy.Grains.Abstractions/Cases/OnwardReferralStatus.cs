namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Status of an onward referral (Weitervermittlung) to a help offer.</summary>
public enum OnwardReferralStatus
{
    Suggested,
    Contacted,
    Attended,
}
