using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.HelpOffers.Events;
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
        var invalid = string.IsNullOrWhiteSpace(offer.Id) || offer.Id.Length > 100 ? "id"
            : string.IsNullOrWhiteSpace(offer.Name) || offer.Name.Length > 200 ? "name"
            : !Enum.IsDefined(offer.Kind) ? "kind"
            : string.IsNullOrWhiteSpace(offer.Municipality) ? "municipality"
            : null;
        if (invalid is not null)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Angabe fehlt oder passt nicht.", Field: invalid));
        }

        if (State.Offers.GetValueOrDefault(offer.Id) == offer)
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Offers[offer.Id] = offer;
        RaiseEvent(new HelpOfferRegistered(Key, offer));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<IReadOnlyList<HelpOffer>> GetAllAsync() =>
        Task.FromResult<IReadOnlyList<HelpOffer>>([.. State.Offers.Values.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)]);

    public Task<HelpOffer?> GetAsync(string offerId) => Task.FromResult(State.Offers.GetValueOrDefault(offerId));
}
