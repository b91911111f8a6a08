using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>Onward referrals of a row to one kind of help offer, and how many the family took up; null when suppressed.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.OnwardKindCount")]
public sealed record OnwardKindCount([property: Id(0)] HelpOfferKind Kind, [property: Id(1)] int? Referrals, [property: Id(2)] int? TakenUp);
