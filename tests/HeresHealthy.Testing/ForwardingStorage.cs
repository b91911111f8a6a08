using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Testing;

/// <summary>A storage provider that forwards everything to another; tests override the part they count or break.</summary>
public class ForwardingStorage(IStorageProvider inner) : IStorageProvider, IAsyncDisposable
{
    protected IStorageProvider Inner => inner;

    public string Name => inner.Name;

    public virtual IStateStore States => inner.States;

    public virtual IEventLog Events => inner.Events;

    public virtual IAuditTrail Audit => inner.Audit;

    public IFirstRuntimeReminders FirstRuntimeReminders => inner.FirstRuntimeReminders;

    public IKeyRingStore Keys => inner.Keys;

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public virtual Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) =>
        inner.ListenAsync(ownNode, onCommit, cancellationToken);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
    }
}
