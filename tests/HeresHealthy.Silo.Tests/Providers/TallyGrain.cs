using HeresHealthy.Silo.Providers;
using Orleans.Runtime;

namespace HeresHealthy.Silo.Tests.Providers;

// Orleans.Grain by its full name: in HeresHealthy.Silo.* the first runtime's Grain still wins until it is deleted.
public sealed class TallyGrain([PersistentState("tally", OutboxGrainStorage.Name)] IPersistentState<TallyState> state)
    : global::Orleans.Grain, ITallyGrain
{
    public async Task<long> AddAsync(int amount)
    {
        state.State.Total += amount;
        state.State.Raise(new TallyAdded(amount, state.State.Total));
        await state.WriteStateAsync();
        return state.State.EventSequence;
    }

    public Task<int> TotalAsync() => Task.FromResult(state.State.Total);
}
