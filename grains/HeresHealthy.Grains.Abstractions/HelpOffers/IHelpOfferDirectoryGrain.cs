using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.HelpOffers;

/// <summary>The help offers of one network (key: the network id), maintained by its coordinator.</summary>
public interface IHelpOfferDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces an offer as it is (the demo's seeding and tests); the same offer again changes nothing.</summary>
    Task<CommandResult> RegisterAsync(HelpOffer offer);

    /// <summary>A new offer; refused if its id is taken. Repeated with the same command id, it takes effect once.</summary>
    Task<CommandResult> CreateAsync(string commandId, HelpOffer offer);

    /// <summary>Replaces an existing offer (also to deactivate or reactivate it). Repeated with the same command id, it takes effect once.</summary>
    Task<CommandResult> UpdateAsync(string commandId, HelpOffer offer);

    /// <summary>Every offer, inactive ones too (they stay on the cases that named them).</summary>
    Task<IReadOnlyList<HelpOffer>> GetAllAsync();

    /// <summary>The offers to pick from for a new onward referral or consent.</summary>
    Task<IReadOnlyList<HelpOffer>> GetActiveAsync();

    Task<HelpOffer?> GetAsync(string offerId);
}
