
namespace HeresHealthy.Grains.Abstractions.Cases;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.ConsentPurpose")]
public enum ConsentPurpose
{
    Referral,
    FeedbackToPractice,
}
