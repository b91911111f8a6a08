using System.Collections.Concurrent;
using HeresHealthy.Silo.Runtime;

namespace HeresHealthy.Silo.Tests.Fixtures;

/// <summary>An incoming call filter that records every call and refuses calls made without an actor.</summary>
public sealed class RecordingFilter : IIncomingGrainCallFilter
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public async Task InvokeAsync(IIncomingGrainCallContext context)
    {
        Calls.Enqueue($"{context.Grain} {context.InterfaceMethod.Name}({string.Join(", ", context.Arguments)}) by {RequestContext.Actor}");
        if (RequestContext.Actor is null)
        {
            throw new UnauthorizedAccessException($"{context.InterfaceMethod.Name} needs an actor");
        }

        await context.Invoke();
        Calls.Enqueue($"{context.Grain} returned {(context.Result is IEnumerable<string> list ? string.Join("|", list) : context.Result ?? "nothing")}");
    }
}
