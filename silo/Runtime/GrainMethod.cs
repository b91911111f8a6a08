using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>A grain interface method, compiled once into a delegate so that calls need no reflection.</summary>
internal abstract class GrainMethod(MethodInfo method)
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> _cache = new();

    public MethodInfo Method { get; } = method;

    public static GrainMethod For(MethodInfo method) => _cache.GetOrAdd(method, Create);

    public static void Validate(Type contract)
    {
        foreach (var method in contract.GetMethods())
        {
            var returns = method.ReturnType;
            if (returns != typeof(Task) && !(returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>)))
            {
                throw new InvalidOperationException($"Grain method {contract.Name}.{method.Name} must return Task or Task<T>.");
            }
        }
    }

    /// <summary>Schedules the call on the grain's activation and returns its task (Task or Task&lt;T&gt;).</summary>
    public abstract object Call(GrainRuntime runtime, GrainReference target, object?[] arguments);

    /// <summary>Runs the method on the grain instance and returns its result, boxed.</summary>
    public abstract Task<object?> InvokeUntypedAsync(object grain, object?[] arguments);

    private static GrainMethod Create(MethodInfo method)
    {
        var returns = method.ReturnType;
        var resultType = returns == typeof(Task) ? typeof(object) : returns.GetGenericArguments()[0];
        var body = Compile(method);
        var type = returns == typeof(Task) ? typeof(VoidGrainMethod) : typeof(GrainMethod<>).MakeGenericType(resultType);
        return (GrainMethod)Activator.CreateInstance(type, method, body)!;
    }

    private static Delegate Compile(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object?[]), method.ReturnType);
        return Expression.Lambda(delegateType, call, grain, arguments).Compile();
    }
}
