
namespace HeresHealthy.Bench.Grains;

/// <summary>A grain whose every call persists its state with one event.</summary>
public interface ILedgerGrain : IGrainWithStringKey
{
    Task<long> RecordAsync(int amount);
}
