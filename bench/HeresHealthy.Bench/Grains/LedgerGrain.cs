using HeresHealthy.Silo;

namespace HeresHealthy.Bench.Grains;

/// <summary>Mutates its state, raises one event and writes both in one statement.</summary>
public sealed class LedgerGrain : Grain<LedgerState>, ILedgerGrain
{
    public async Task<long> RecordAsync(int amount)
    {
        State.Entries++;
        State.Balance += amount;
        RaiseEvent(new AmountRecorded(amount, State.Balance));
        return (await WriteStateAsync()).Version;
    }
}
