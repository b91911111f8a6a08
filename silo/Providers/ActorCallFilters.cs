using Orleans;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// Who acts travels into Orleans grain calls in Orleans' request context (set once per outgoing call from the first
/// runtime's ambient <see cref="RequestContext.Actor"/>), and back out of it inside the called grain, so that both
/// runtimes see the same actor while the grains move over. Storage reads it to store the actor with each event.
/// </summary>
public sealed class ActorCallFilters : IOutgoingGrainCallFilter, IIncomingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (RequestContext.Actor is { } actor)
        {
            global::Orleans.Runtime.RequestContext.Set(OutboxGrainStorage.ActorKey, actor);
        }

        return context.Invoke();
    }

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (global::Orleans.Runtime.RequestContext.Get(OutboxGrainStorage.ActorKey) is string actor)
        {
            RequestContext.Actor = actor;
        }

        return context.Invoke();
    }
}
