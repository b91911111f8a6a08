using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo.Storage.Memory;

namespace HeresHealthy.Bench;

/// <summary>
/// A call to an already-active grain against its floor, a direct call of the same method on the same kind of object
/// behind a per-object async lock. Memory storage; the grain never writes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class GrainCallBenchmarks
{
    /// <summary>Calls per invocation of the one-caller benchmarks, so that the harness's own cost is spread thin.</summary>
    public const int Calls = 1_000;

    public const int Grains = 1_000;

    /// <summary>How often each of the grains is called per invocation of the parallel benchmarks.</summary>
    public const int Rounds = 20;

    private const string OneCaller = "A: 1 caller, 1 active grain";
    private const string Parallel = "A: 1 caller per core, 1000 active grains";

    private BenchSilo? _silo;
    private ICounterGrain[] _grains = [];
    private LockedCounter[] _locked = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchSilo.StartAsync(new MemoryStorage(), new HeresHealthy.Silo.Hosting.StorageOptions { Provider = HeresHealthy.Silo.Hosting.StorageProviderKind.Memory });
        var factory = _silo.Grains;
        _grains = [.. Enumerable.Range(0, Grains).Select(i => factory.GetGrain<ICounterGrain>($"counter-{i}"))];
        _locked = [.. Enumerable.Range(0, Grains).Select(_ => new LockedCounter(new CounterGrain()))];
        foreach (var grain in _grains)
        {
            await grain.IncrementAsync();
        }

        foreach (var counter in _locked)
        {
            await counter.IncrementAsync();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var counter in _locked)
        {
            counter.Dispose();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [BenchmarkCategory(OneCaller)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public Task<int> Locked_direct_call() => CallRepeatedlyAsync(_locked[0]);

    [BenchmarkCategory(OneCaller)]
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task<int> Grain_call() => CallRepeatedlyAsync(_grains[0]);

    [BenchmarkCategory(Parallel)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Grains * Rounds)]
    public Task Locked_direct_calls_in_parallel() => CallAllInParallelAsync(_locked);

    [BenchmarkCategory(Parallel)]
    [Benchmark(OperationsPerInvoke = Grains * Rounds)]
    public Task Grain_calls_in_parallel() => CallAllInParallelAsync(_grains);

    private static async Task<int> CallRepeatedlyAsync(ICounterGrain target)
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await target.IncrementAsync();
        }

        return last;
    }

    /// <summary>One caller per core, each calling its own slice of the targets, one call after the other.</summary>
    private static Task CallAllInParallelAsync(ICounterGrain[] targets)
    {
        var callers = Environment.ProcessorCount;
        var slice = (targets.Length + callers - 1) / callers;
        var running = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var from = c * slice;
            var to = Math.Min(from + slice, targets.Length);
            running[c] = Task.Run(() => CallSliceAsync(targets, from, to));
        }

        return Task.WhenAll(running);
    }

    private static async Task CallSliceAsync(ICounterGrain[] targets, int from, int to)
    {
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = from; i < to; i++)
            {
                await targets[i].IncrementAsync();
            }
        }
    }
}
