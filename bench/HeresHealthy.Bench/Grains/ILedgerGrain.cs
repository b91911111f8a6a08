using HeresHealthy.Silo;

namespace HeresHealthy.Bench.Grains;

/// <summary>A grain whose every call persists its state with one event.</summary>
public interface ILedgerGrain : IGrain
{
    Task<long> RecordAsync(int amount);
}
