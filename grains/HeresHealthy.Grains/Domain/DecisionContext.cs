using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.Domain;

/// <summary>Facts the decider needs from outside the case: the time, the case id, and what other grains answered (a Lotsin's name, a help offer, a new case's reference).</summary>
public sealed record DecisionContext(string CaseId, DateTimeOffset Now, string? LotsinName = null, HelpOffer? Offer = null, string? Reference = null)
{
    /// <summary>The network's towns and districts a referral's place must come from (null: the defaults).</summary>
    public IReadOnlyList<Abstractions.Network.NetworkTown>? Places { get; init; }
}
