using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.HelpOffers;

/// <summary>The help offers of one network (key: the network id).</summary>
public interface IHelpOfferDirectoryGrain : IGrainWithStringKey
{
    Task<CommandResult> RegisterAsync(HelpOffer offer);

    Task<IReadOnlyList<HelpOffer>> GetAllAsync();

    Task<HelpOffer?> GetAsync(string offerId);
}
