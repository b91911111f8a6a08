using HeresHealthy.Silo.Providers;
using OrleansInconsistentState = Orleans.Storage.InconsistentStateException;

namespace HeresHealthy.Silo.Grains;

/// <summary>
/// Base of the protocol's Orleans grains: a persistent state (storage <see cref="OutboxGrainStorage"/>) whose raised
/// events commit in the same write as the state, and a retry of a decision when another activation wrote first.
/// Orleans runs one call at a time (grains are not reentrant), so a decision sees the state it writes.
/// </summary>
public abstract class OutboxGrain<TState>(IPersistentState<TState> state, TimeProvider time) : Grain
    where TState : OutboxState, new()
{
    protected TState State => state.State;

    protected string Key => this.GetPrimaryKeyString();

    /// <summary>The per-grain sequence number of the last committed event.</summary>
    protected long EventSequence => state.State.EventSequence;

    /// <summary>The protocol's clock (the host's default <see cref="TimeProvider"/>; a fake one in tests).</summary>
    protected TimeProvider Time => time;

    /// <summary>Queues an event; it is committed with the next state write, or never.</summary>
    protected void RaiseEvent(object @event) => state.State.Raise(@event);

    /// <summary>
    /// Writes state and raised events atomically. After a failure whose outcome is unknown the activation goes once the
    /// call ends, so that the next call reads what was really stored.
    /// </summary>
    protected async Task WriteStateAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception error) when (error is not OrleansInconsistentState)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Runs a decision against the stored state; when another activation wrote first, reads the state again and runs it
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
            catch (OrleansInconsistentState) when (round < attempts)
            {
                await state.ReadStateAsync();
            }
            catch (OrleansInconsistentState)
            {
                DeactivateOnIdle();
                throw;
            }
        }
    }
}
