using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.HelpOffers;

public sealed class HelpOfferDirectoryState
{
    public Dictionary<string, HelpOffer> Offers { get; set; } = [];
}
