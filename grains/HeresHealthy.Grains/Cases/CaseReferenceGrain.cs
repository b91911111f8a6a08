using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// The network's counter of case references. A number is handed out only after the write that records it; a write
/// that lost to another activation (a second silo) reads the counter again and counts on from there. A write whose
/// outcome is unknown may leave a gap, never a repeat.
/// </summary>
[GrainType("case-reference")]
public sealed class CaseReferenceGrain([PersistentState("case-reference", OutboxGrainStorage.Name)] IPersistentState<CaseReferenceState> state, TimeProvider time)
    : OutboxGrain<CaseReferenceState>(state, time), ICaseReferenceGrain
{
    public Task<string> NextAsync(int year) => RetryOnConflictAsync(async () =>
    {
        var next = State.LastByYear.GetValueOrDefault(year) + 1;
        State.LastByYear[year] = next;
        await WriteStateAsync(); // conditional on the version read: a lost race throws, and the retry counts on from the winner's number
        return CaseReference.Format(year, next);
    });
}
