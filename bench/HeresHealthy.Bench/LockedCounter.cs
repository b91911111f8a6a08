using HeresHealthy.Bench.Grains;

namespace HeresHealthy.Bench;

/// <summary>
/// The floor of a grain call: the same method on the same kind of object, one call at a time per object, guarded by
/// an async lock. This is what a grain turn must provide at the least.
/// </summary>
public sealed class LockedCounter(ICounterGrain target) : ICounterGrain, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<int> IncrementAsync()
    {
        await _lock.WaitAsync();
        try
        {
            return await target.IncrementAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
