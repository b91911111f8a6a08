using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

internal sealed class IncomingGrainCallContext(
    GrainId grain,
    object instance,
    GrainMethod method,
    object?[] arguments,
    IReadOnlyList<IIncomingGrainCallFilter> filters) : IIncomingGrainCallContext
{
    private int _next;

    public GrainId Grain { get; } = grain;

    public object GrainInstance { get; } = instance;

    public MethodInfo InterfaceMethod => method.Method;

    public IReadOnlyList<object?> Arguments { get; } = arguments;

    public object? Result { get; private set; }

    public async Task Invoke()
    {
        if (_next < filters.Count)
        {
            await filters[_next++].InvokeAsync(this);
            return;
        }

        Result = await method.InvokeUntypedAsync(GrainInstance, arguments);
    }
}
