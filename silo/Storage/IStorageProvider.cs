namespace HeresHealthy.Silo.Storage;

/// <summary>One storage back end: state with its outbox, the event log, reminders and schema migrations.</summary>
public interface IStorageProvider
{
    string Name { get; }

    IStateStore States { get; }

    IEventLog Events { get; }

    IReminderTable Reminders { get; }

    IAuditTrail Audit { get; }

    /// <summary>Applies the versioned schema migrations that are not applied yet.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Waits for commit notifications from other nodes, calling <paramref name="onCommit"/> for each, until cancelled.</summary>
    Task ListenAsync(Action onCommit, CancellationToken cancellationToken);
}
