using System.Collections.Concurrent;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

/// <summary>Named gates a test opens to release a grain call it holds.</summary>
public static class Gates
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();

    public static Task WaitAsync(string name) => Get(name).Task;

    public static void Open(string name) => Get(name).TrySetResult();

    private static TaskCompletionSource Get(string name) =>
        _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
