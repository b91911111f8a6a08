using System.Reflection;
using HeresHealthy.Bench.Grains;

namespace HeresHealthy.Bench;

/// <summary>A DispatchProxy that forwards every call to one counter: the cost of the proxy mechanism alone.</summary>
public class ForwardingProxy : DispatchProxy
{
    private ICounterGrain? _target;

    public static ICounterGrain Create(ICounterGrain target)
    {
        var proxy = Create<ICounterGrain, ForwardingProxy>();
        ((ForwardingProxy)(object)proxy)._target = target;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        (_target ?? throw new InvalidOperationException("Create the proxy with ForwardingProxy.Create.")).IncrementAsync();
}
