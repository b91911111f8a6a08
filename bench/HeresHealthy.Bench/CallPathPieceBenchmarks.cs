using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Runtime;

namespace HeresHealthy.Bench;

/// <summary>
/// The pieces of the grain call path, each measured alone with the runtime's own internal types, against a plain
/// interface call returning a completed task: where the difference between a grain call and its floor goes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("C: pieces of the grain call path")]
public class CallPathPieceBenchmarks
{
    public const int Calls = 1_000;

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The grain path calls through the interface; so must the pieces.")]
    private readonly ICounterGrain _counter = new CounterGrain();
    private readonly ICounterGrain _proxy;
    private readonly MethodInfo _increment = typeof(ICounterGrain).GetMethod(nameof(ICounterGrain.IncrementAsync))
        ?? throw new InvalidOperationException("ICounterGrain.IncrementAsync is missing.");
    private readonly GrainClass _class = new("counter", typeof(CounterGrain), IsReentrant: false);
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly GrainId _grain = new("counter", "counter-0");

    public CallPathPieceBenchmarks()
    {
        _proxy = ForwardingProxy.Create(_counter);
        for (var i = 0; i < GrainCallBenchmarks.Grains; i++)
        {
            var id = new GrainId("counter", $"counter-{i}");
            _activations[id] = new Activation(id, _class);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public async Task<int> Interface_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await _counter.IncrementAsync();
        }

        return last;
    }

    /// <summary>GrainReference's mechanism: generated proxy, an argument array, a virtual Invoke with the MethodInfo.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> DispatchProxy_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await _proxy.IncrementAsync();
        }

        return last;
    }

    /// <summary>GrainMethod.For (a ConcurrentDictionary keyed by MethodInfo), then the compiled expression delegate.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> Method_lookup_and_compiled_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            var method = (GrainMethod<int>)GrainMethod.For(_increment);
            last = await method.InvokeAsync(_counter, []);
        }

        return last;
    }

    /// <summary>RunTurnAsync's activation lookup: a ConcurrentDictionary keyed by GrainId (two strings), 1000 entries.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public int Activation_lookup()
    {
        var found = 0;
        for (var i = 0; i < Calls; i++)
        {
            var activation = _activations.GetOrAdd(_grain, static (id, grainClass) => new Activation(id, grainClass), _class);
            found += activation.IsDeactivated ? 0 : 1;
        }

        return found;
    }

    /// <summary>RunTurnAsync's turn: count the user in, take the turn lock, give it back, count the user out.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> Turn_enter_and_exit()
    {
        var activation = _activations[_grain];
        var entered = 0;
        for (var i = 0; i < Calls; i++)
        {
            activation.AddUser();
            if (await activation.EnterAsync(_timeout))
            {
                entered++;
            }

            activation.Exit();
            activation.RemoveUser();
        }

        return entered;
    }

    /// <summary>RunTurnAsync's idle bookkeeping: read the runtime's clock and store the timestamp.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public long Touch_with_timestamp()
    {
        var activation = _activations[_grain];
        for (var i = 0; i < Calls; i++)
        {
            activation.Touch(TimeProvider.System.GetTimestamp());
        }

        return activation.LastUsed;
    }

    /// <summary>An async method around the call, as RunTurnAsync is: one more Task per call.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> Async_wrapper_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await WrapAsync(_counter);
        }

        return last;
    }

    /// <summary>The same, setting CallChain.Current (an AsyncLocal) inside the wrapper, as RunTurnAsync does.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> Async_wrapper_call_with_call_chain()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await WrapWithCallChainAsync(_counter, _grain);
        }

        return last;
    }

    private static async Task<int> WrapAsync(ICounterGrain target) => await target.IncrementAsync();

    private static async Task<int> WrapWithCallChainAsync(ICounterGrain target, GrainId grain)
    {
        var caller = CallChain.Current;
        CallChain.Current = new CallChain(grain, caller);
        return await target.IncrementAsync();
    }
}
