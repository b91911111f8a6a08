using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Silo.Tests.Providers;

public sealed class TallyGrain([PersistentState("tally", OutboxGrainStorage.Name)] IPersistentState<TallyState> state)
    : Grain, ITallyGrain
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
