using HeresHealthy.Silo.Runtime;

namespace HeresHealthy.Silo;

public static class GrainFactoryExtensions
{
    /// <summary>The id of the grain that <see cref="IGrainFactory.GetGrain{TGrain}"/> would call for <paramref name="key"/>.</summary>
    public static GrainId IdOf<TGrain>(this IGrainFactory grains, string key) where TGrain : IGrain =>
        grains is GrainRuntime runtime
            ? runtime.IdOf<TGrain>(key)
            : throw new InvalidOperationException($"{grains.GetType().Name} is not the grain runtime: it names no grain ids.");
}
