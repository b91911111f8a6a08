namespace HeresHealthy.Grains.Abstractions.HelpOffers.Events;

public sealed record HelpOfferRegistered(string Network, HelpOffer Offer);
