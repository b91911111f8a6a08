namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>An onward referral (Weitervermittlung) to a help offer, with its own status.</summary>
public sealed record OnwardReferral(string Id, string OfferId, string OfferKind, OnwardReferralStatus Status, DateTimeOffset At);
