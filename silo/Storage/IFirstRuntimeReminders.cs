namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The reminders the first grain runtime (before Orleans) left in its own table (migration 0001): each is handed over
/// to Orleans' reminders once (<see cref="Grains.FirstRuntimeReminderUpgrade"/>), then deleted.
/// </summary>
public interface IFirstRuntimeReminders
{
    Task<IReadOnlyList<(StateId Grain, string Name)>> ReadAsync(CancellationToken cancellationToken);

    Task DeleteAsync(StateId grain, string name, CancellationToken cancellationToken);
}

/// <summary>A store that never had the first runtime's table (memory).</summary>
public sealed class NoFirstRuntimeReminders : IFirstRuntimeReminders
{
    public Task<IReadOnlyList<(StateId Grain, string Name)>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(StateId, string)>>([]);

    public Task DeleteAsync(StateId grain, string name, CancellationToken cancellationToken) => Task.CompletedTask;
}
