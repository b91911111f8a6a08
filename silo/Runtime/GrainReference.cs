using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>The proxy behind every grain reference: turns interface calls into scheduled grain calls.</summary>
public class GrainReference : DispatchProxy
{
    private GrainRuntime? _runtime;

    public GrainId GrainId { get; private set; }

    internal Activation? LastActivation { get; set; }

    internal static TGrain Create<TGrain>(GrainRuntime runtime, GrainId grain) where TGrain : IGrain
    {
        var proxy = Create<TGrain, GrainReference>();
        var reference = (GrainReference)(object)proxy;
        reference._runtime = runtime;
        reference.GrainId = grain;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var runtime = _runtime ?? throw new InvalidOperationException("A grain reference must come from IGrainFactory.GetGrain.");
        return GrainMethod.For(targetMethod).Call(runtime, this, args ?? []);
    }
}
