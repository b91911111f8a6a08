namespace HeresHealthy.Silo.Storage;

/// <summary>One storage back end: state with its outbox, the event log, the audit trail and schema migrations (reminders are Orleans').</summary>
public interface IStorageProvider
{
    string Name { get; }

    IStateStore States { get; }

    IEventLog Events { get; }

    IAuditTrail Audit { get; }

    /// <summary>What the first grain runtime left in its reminder table, to hand over to Orleans.</summary>
    IFirstRuntimeReminders FirstRuntimeReminders { get; }

    /// <summary>The data-protection key ring every node of the app reads.</summary>
    IKeyRingStore Keys { get; }

    /// <summary>Applies the versioned schema migrations that are not applied yet.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for commit notifications of the other nodes, calling <paramref name="onCommit"/> for each with the highest
    /// position the commit appended (null if the notification does not say), and with null where notifications may have
    /// been missed (when listening starts or starts again), until cancelled. Commits of <paramref name="ownNode"/> are not
    /// passed on: a node hands its own commits to its dispatcher itself.
    /// </summary>
    Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken);
}
