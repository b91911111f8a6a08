namespace HeresHealthy.Silo.Storage;

/// <summary>Durable reminders, claimed with a lease so that each due time fires on exactly one node.</summary>
public interface IReminderTable
{
    /// <summary>Registers or moves a reminder; an existing lease is dropped.</summary>
    Task UpsertAsync(Reminder reminder, CancellationToken cancellationToken);

    Task DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<Reminder>> ReadAsync(GrainId grain, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="max"/> due reminders that nobody holds a live lease on.</summary>
    Task<IReadOnlyList<Reminder>> ClaimDueAsync(string node, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// After a claimed reminder fired: deletes it, or moves it to <paramref name="nextDue"/>, unless it was changed
    /// meanwhile (re-registered by its grain, or claimed by another node after the lease ran out).
    /// </summary>
    Task CompleteAsync(Reminder claimed, string node, DateTimeOffset? nextDue, CancellationToken cancellationToken);
}
