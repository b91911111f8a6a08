
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>An onward referral (Weitervermittlung) to a help offer, with its own status.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.OnwardReferral")]
public sealed record OnwardReferral([Id(0)] string Id, [Id(1)] string OfferId, [Id(2)] string OfferKind, [Id(3)] OnwardReferralStatus Status, [Id(4)] DateTimeOffset At);
