
namespace HeresHealthy.Grains.Abstractions.HelpOffers;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.HelpOffers.HelpOffer")]
public sealed record HelpOffer([Id(0)] string Id, [Id(1)] string Name, [Id(2)] HelpOfferKind Kind, [Id(3)] string Municipality, [Id(4)] string? Contact);
