using HeresHealthy.Silo;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Bench.Grains;

/// <summary>Mutates its state, raises one event and writes both in one statement, with the request's audit row if one is offered for it.</summary>
public sealed class LedgerGrain([PersistentState("ledger", OutboxGrainStorage.Name)] IPersistentState<LedgerState> state, TimeProvider time)
    : OutboxGrain<LedgerState>(state, time), ILedgerGrain
{
    public async Task<long> RecordAsync(int amount)
    {
        State.Entries++;
        State.Balance += amount;
        RaiseEvent(new AmountRecorded(amount, State.Balance));
        if (AuditClaim.Peek(Key, Time.GetUtcNow()) is { } row)
        {
            State.Audit.Add(row);
        }

        await WriteStateAsync();
        AuditClaim.Taken();
        return EventSequence;
    }
}
