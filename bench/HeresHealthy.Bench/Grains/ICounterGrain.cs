
namespace HeresHealthy.Bench.Grains;

/// <summary>A grain whose calls do nothing but change memory: the cost measured is the runtime's own.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
