using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.HelpOffers.Events;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.HelpOffers;

/// <summary>The help offers of a network: youth welfare, Frühe Hilfen, family midwives, counselling and more.</summary>
[GrainType("helpoffers")]
public sealed class HelpOfferDirectoryGrain([PersistentState("helpoffers", OutboxGrainStorage.Name)] IPersistentState<HelpOfferDirectoryState> state, TimeProvider time)
    : OutboxGrain<HelpOfferDirectoryState>(state, time), IHelpOfferDirectoryGrain
{
    public Task<CommandResult> RegisterAsync(HelpOffer offer) => RetryOnConflictAsync(async () =>
    {
        if (HelpOfferRules.Invalid(offer, await PlacesAsync()) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        return offer.SameAs(State.Offers.GetValueOrDefault(offer.Id)) ? CommandResult.Done(EventSequence, repeated: true) : await SaveAsync(offer);
    });

    public Task<CommandResult> CreateAsync(string commandId, HelpOffer offer) => ChangeAsync(commandId, offer, exists: false);

    public Task<CommandResult> UpdateAsync(string commandId, HelpOffer offer) => ChangeAsync(commandId, offer, exists: true);

    public Task<IReadOnlyList<HelpOffer>> GetAllAsync() => Task.FromResult(Listed(_ => true));

    public Task<IReadOnlyList<HelpOffer>> GetActiveAsync() => Task.FromResult(Listed(o => o.Active));

    public Task<HelpOffer?> GetAsync(string offerId) => Task.FromResult(State.Offers.GetValueOrDefault(offerId));

    /// <summary>A new offer (<paramref name="exists"/> false) or a change of one; the command id counts once.</summary>
    private Task<CommandResult> ChangeAsync(string commandId, HelpOffer offer, bool exists) => RetryOnConflictAsync(async () =>
    {
        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (HelpOfferRules.Invalid(offer, await PlacesAsync()) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        if (State.Offers.ContainsKey(offer.Id) != exists)
        {
            return CommandResult.Refused(exists
                ? new Refusal(RefusalCode.NotFound, "Dieses Hilfeangebot gibt es im Netzwerk nicht.", Field: "offerId")
                : new Refusal(RefusalCode.InvalidState, "Ein Hilfeangebot mit dieser Kennung gibt es schon.", Field: "offerId"));
        }

        State.Processed.Add(commandId);
        return await SaveAsync(offer);
    });

    /// <summary>The network's towns and districts, which an offer's place must come from.</summary>
    private Task<IReadOnlyList<NetworkTown>> PlacesAsync() => GrainFactory.GetGrain<INetworkGrain>(Key).GetPlacesAsync();

    private async Task<CommandResult> SaveAsync(HelpOffer offer)
    {
        State.Offers[offer.Id] = offer;
        RaiseEvent(new HelpOfferRegistered(Key, offer));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    }

    private IReadOnlyList<HelpOffer> Listed(Func<HelpOffer, bool> which) =>
        [.. State.Offers.Values.Where(which).OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)];
}
