using BenchmarkDotNet.Attributes;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage.Memory;

namespace HeresHealthy.Bench;

/// <summary>
/// What the benchmarks of a protocol grain's calls share: one silo with the protocol's grains on memory storage, and the
/// floor they are measured against, an empty Orleans grain call on the same silo (<see cref="CounterGrain"/>).
/// </summary>
[MemoryDiagnoser]
public abstract class ProtocolGrainCallBenchmarks
{
    protected const int Calls = 1_000;

    private BenchSilo? _silo;
    private ICounterGrain? _empty;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchSilo.StartAsync(new MemoryStorage(), new StorageOptions { Provider = StorageProviderKind.Memory }, protocol: true);
        _empty = _silo.Grains.GetGrain<ICounterGrain>("empty");
        await PrepareAsync(_silo.Grains);
        await _empty.IncrementAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public async Task<int> Empty_Orleans_grain_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await _empty!.IncrementAsync();
        }

        return last;
    }

    /// <summary>Brings the grains under test into the state they are measured in.</summary>
    protected abstract Task PrepareAsync(IGrainFactory grains);
}
