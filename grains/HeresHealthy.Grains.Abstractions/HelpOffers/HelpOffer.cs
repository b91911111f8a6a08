namespace HeresHealthy.Grains.Abstractions.HelpOffers;

public sealed record HelpOffer(string Id, string Name, HelpOfferKind Kind, string Municipality, string? Contact);
