namespace HeresHealthy.Grains.Abstractions.Cases;

public enum ConsentPurpose
{
    Referral,
    FeedbackToPractice,
}
