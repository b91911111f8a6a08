namespace HeresHealthy.Silo.Storage.Memory;

/// <summary>In-process storage for fast runtime tests; never the default of a runnable app.</summary>
public sealed class MemoryStorage : IStorageProvider
{
    private readonly MemoryAuditTrail _audit = new();
    private readonly MemoryStateStore _states;

    public MemoryStorage() => _states = new MemoryStateStore(_audit);

    public string Name => "memory";

    public IStateStore States => _states;

    public IEventLog Events => _states;

    public IAuditTrail Audit => _audit;

    public IFirstRuntimeReminders FirstRuntimeReminders { get; } = new NoFirstRuntimeReminders();

    public IKeyRingStore Keys { get; } = new MemoryKeyRingStore();

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);
}
