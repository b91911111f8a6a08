using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.Domain;

/// <summary>Facts the decider needs from outside the case: the time, the case id, and what other grains answered.</summary>
public sealed record DecisionContext(string CaseId, DateTimeOffset Now, string? LotsinName = null, HelpOffer? Offer = null);
