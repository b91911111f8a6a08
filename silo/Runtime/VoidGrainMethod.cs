using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>A grain method returning a plain <see cref="Task"/>.</summary>
internal sealed class VoidGrainMethod(MethodInfo method, Func<object, object?[], Task> body) : GrainMethod(method)
{
    public override object Call(GrainRuntime runtime, GrainReference target, object?[] arguments) =>
        runtime.InvokeAsync(target, this, arguments);

    public override async Task<object?> InvokeUntypedAsync(object grain, object?[] arguments)
    {
        await body(grain, arguments);
        return null;
    }
}
