using System.Text.Json;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo;

/// <summary>
/// A grain with persistent state. State is read before activation; <see cref="WriteStateAsync"/> writes it
/// conditionally on the version read, together with the events raised since the last write.
/// </summary>
public abstract class Grain<TState> : Grain where TState : class, new()
{
    private readonly List<PendingEvent> _pending = [];

    protected TState State { get; set; } = new();

    /// <summary>The stored version this activation holds; 0 before the first write.</summary>
    protected long StateVersion { get; private set; }

    /// <summary>The per-grain sequence number of the last committed event.</summary>
    protected long EventSequence { get; private set; }

    internal override long KnownEventSequence => EventSequence;

    /// <summary>Queues an event; it is committed with the next state write, or never.</summary>
    protected void RaiseEvent(object @event) =>
        _pending.Add(new PendingEvent(EventTypes.NameOf(@event.GetType()), JsonSerializer.Serialize(@event, @event.GetType(), SiloJson.Options)));

    /// <summary>Writes state and pending events atomically. On any failure nothing is published and the grain reloads before its next call.</summary>
    protected async Task<WriteResult> WriteStateAsync()
    {
        var now = Time.GetUtcNow();
        var audit = RequestContext.Audit?.TryTake(GrainId, now) ?? [];
        var taken = audit.Count > 0 ? RequestContext.Audit : null;
        var write = new StateWrite(
            GrainId,
            StateVersion,
            JsonSerializer.Serialize(State, SiloJson.Options),
            [.. _pending],
            RequestContext.Actor,
            Runtime.NodeId,
            now) { Audit = audit };
        _pending.Clear();
        try
        {
            var result = await Runtime.Storage.States.WriteAsync(write, CancellationToken.None);
            taken?.Settle(committed: true);
            StateVersion = result.Version;
            EventSequence = result.EventSequence;
            Runtime.OnCommitted(write, result);
            return result;
        }
        catch (Exception error)
        {
            Activation.IsStale = true;
            taken?.Settle(error is InconsistentStateException ? false : null);
            if (error is not InconsistentStateException)
            {
                // The write may have committed before its answer was lost: this node's own commits are not notified
                // to it, so have the dispatcher look in the outbox now rather than at its next poll.
                Runtime.OnWriteOutcomeUnknown();
            }

            throw;
        }
    }

    /// <summary>
    /// Runs a decision against the stored state; when another activation wrote first, reloads the state and runs it
    /// again (the decision is pure, nothing was published).
    /// </summary>
    protected async Task<TResult> RetryOnConflictAsync<TResult>(Func<Task<TResult>> attempt, int attempts = 5)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return await attempt();
            }
            catch (InconsistentStateException) when (round < attempts)
            {
                await LoadStateAsync(CancellationToken.None);
                Activation.IsStale = false;
            }
        }
    }

    internal override async Task LoadStateAsync(CancellationToken cancellationToken)
    {
        _pending.Clear();
        State = new TState();
        StateVersion = 0;
        EventSequence = 0;
        var stored = await Runtime.Storage.States.ReadAsync(GrainId, cancellationToken);
        if (stored is null)
        {
            return;
        }

        State = JsonSerializer.Deserialize<TState>(stored.Payload, SiloJson.Options)
            ?? throw new JsonException($"The stored state of {GrainId} is null.");
        StateVersion = stored.Version;
        EventSequence = stored.EventSequence;
    }
}
