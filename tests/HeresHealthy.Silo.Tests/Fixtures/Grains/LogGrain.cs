using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;
using Orleans.Placement;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

// Activated on the silo that calls it first, so that a test knows which node commits (two nodes on PostgreSQL form one cluster).
[PreferLocalPlacement]
public sealed class LogGrain([PersistentState("log", OutboxGrainStorage.Name)] IPersistentState<LogState> state, TimeProvider time)
    : OutboxGrain<LogState>(state, time), ILogGrain
{
    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.Entries]);

    public async Task AppendAsync(string entry)
    {
        State.Entries.Add(entry);
        RaiseEvent(new EntryAppended(entry));
        await WriteStateAsync();
    }

    public Task<long> AppendRetryingAsync(string entry) => RetryOnConflictAsync(async () =>
    {
        await AppendAsync(entry);
        return EventSequence;
    });
}
