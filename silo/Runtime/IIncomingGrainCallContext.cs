using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>A call passing through the incoming call filters of a grain.</summary>
public interface IIncomingGrainCallContext
{
    GrainId Grain { get; }

    object GrainInstance { get; }

    MethodInfo InterfaceMethod { get; }

    IReadOnlyList<object?> Arguments { get; }

    /// <summary>The method's result once <see cref="Invoke"/> completed; null for methods returning Task.</summary>
    object? Result { get; }

    /// <summary>Calls the next filter, or the grain method itself.</summary>
    Task Invoke();
}
