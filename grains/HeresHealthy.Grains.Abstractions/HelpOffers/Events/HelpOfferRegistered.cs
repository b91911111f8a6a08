
namespace HeresHealthy.Grains.Abstractions.HelpOffers.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.HelpOffers.Events.HelpOfferRegistered")]
public sealed record HelpOfferRegistered([Id(0)] string Network, [Id(1)] HelpOffer Offer);
