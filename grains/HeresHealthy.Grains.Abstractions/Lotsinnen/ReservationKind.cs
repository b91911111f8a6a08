
namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.ReservationKind")]
public enum ReservationKind
{
    /// <summary>The coordinator offers her a case.</summary>
    Offer,

    /// <summary>She claims an urgent referral: only while on duty.</summary>
    Claim,
}
