using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.HelpOffers;

public sealed class HelpOfferDirectoryState : OutboxState
{
    public Dictionary<string, HelpOffer> Offers { get; set; } = [];
}
