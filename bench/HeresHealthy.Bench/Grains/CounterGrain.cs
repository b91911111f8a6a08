namespace HeresHealthy.Bench.Grains;

/// <summary>Counts in memory; never reads or writes storage.</summary>
public sealed class CounterGrain : Orleans.Grain, ICounterGrain
{
    private int _count;

    public Task<int> IncrementAsync() => Task.FromResult(++_count);
}
