namespace HeresHealthy.Silo.Storage.Memory;

internal sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId, string), Entry> _entries = [];

    public Task UpsertAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _entries[(reminder.Grain, reminder.Name)] = new Entry(reminder, null, DateTimeOffset.MinValue);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _entries.Remove((grain, name));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Reminder>> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<Reminder> found = [.. _entries.Values.Where(e => e.Reminder.Grain == grain).Select(e => e.Reminder).OrderBy(r => r.Name, StringComparer.Ordinal)];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<Reminder>> ClaimDueAsync(string node, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var due = _entries
                .Where(e => e.Value.Reminder.DueAt <= now && (e.Value.LeaseOwner is null || e.Value.LeaseUntil <= now))
                .OrderBy(e => e.Value.Reminder.DueAt)
                .Take(max)
                .ToList();
            foreach (var (key, entry) in due)
            {
                _entries[key] = entry with { LeaseOwner = node, LeaseUntil = now + lease };
            }

            IReadOnlyList<Reminder> claimed = [.. due.Select(e => e.Value.Reminder)];
            return Task.FromResult(claimed);
        }
    }

    public Task CompleteAsync(Reminder claimed, string node, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var key = (claimed.Grain, claimed.Name);
            if (_entries.TryGetValue(key, out var entry) && entry.LeaseOwner == node && entry.Reminder.DueAt == claimed.DueAt)
            {
                if (nextDue is { } next)
                {
                    _entries[key] = new Entry(claimed with { DueAt = next }, null, DateTimeOffset.MinValue);
                }
                else
                {
                    _entries.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }

    private sealed record Entry(Reminder Reminder, string? LeaseOwner, DateTimeOffset LeaseUntil);
}
