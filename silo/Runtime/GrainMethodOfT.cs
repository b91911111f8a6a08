using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>A grain method returning <see cref="Task{TResult}"/>.</summary>
internal sealed class GrainMethod<TResult>(MethodInfo method, Func<object, object?[], Task<TResult>> body) : GrainMethod(method)
{
    public override object Call(GrainRuntime runtime, GrainReference target, object?[] arguments) =>
        runtime.InvokeAsync(target, this, arguments);

    public Task<TResult> InvokeAsync(object grain, object?[] arguments) => body(grain, arguments);

    public override async Task<object?> InvokeUntypedAsync(object grain, object?[] arguments) => await body(grain, arguments);
}
