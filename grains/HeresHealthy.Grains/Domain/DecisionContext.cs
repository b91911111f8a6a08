using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// Facts the decider needs from outside the case: the time, the case id, and what other grains answered (a Lotsin's name,
/// a help offer, a new case's reference, the referring network's places, which a referral's place must come from).
/// </summary>
public sealed record DecisionContext(string CaseId, DateTimeOffset Now, string? LotsinName = null, HelpOffer? Offer = null, string? Reference = null,
    IReadOnlyList<NetworkTown>? Places = null);
