namespace HeresHealthy.Silo.Storage;

/// <summary>Grain state with versioned conditional writes; events are committed in the same transaction (outbox).</summary>
public interface IStateStore
{
    Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken);

    /// <summary>Writes state and events atomically, or throws <see cref="InconsistentStateException"/> and writes nothing.</summary>
    Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken);
}
