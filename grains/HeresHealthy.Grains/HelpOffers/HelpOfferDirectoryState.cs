using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Grains.HelpOffers;

public sealed class HelpOfferDirectoryState : OutboxState
{
    public Dictionary<string, HelpOffer> Offers { get; set; } = [];

    /// <summary>The command ids of the coordinator's changes, each taking effect once.</summary>
    public HashSet<string> Processed { get; set; } = [];
}
