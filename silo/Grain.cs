using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo;

/// <summary>Base class of every grain: identity, access to other grains, time and durable reminders.</summary>
public abstract class Grain
{
    private GrainRuntime? _runtime;
    private Activation? _activation;

    protected GrainId GrainId => Activation.Grain;

    protected string Key => Activation.Grain.Key;

    protected IGrainFactory GrainFactory => Runtime;

    protected TimeProvider Time => Runtime.Time;

    internal GrainRuntime Runtime => _runtime ?? throw new InvalidOperationException("The grain is not activated by a runtime.");

    internal Activation Activation => _activation ?? throw new InvalidOperationException("The grain is not activated by a runtime.");

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal void Bind(GrainRuntime runtime, Activation activation)
    {
        _runtime = runtime;
        _activation = activation;
    }

    internal virtual Task LoadStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The last event sequence this activation has seen of itself; commits up to it are not news.</summary>
    internal virtual long KnownEventSequence => 0;

    /// <summary>Registers a durable reminder (or moves an existing one) that calls <see cref="IRemindable.ReceiveReminderAsync"/>.</summary>
    protected Task SetReminderAsync(string name, DateTimeOffset dueAt, TimeSpan? period = null) =>
        Runtime.Storage.Reminders.UpsertAsync(new Reminder(GrainId, name, dueAt, period), CancellationToken.None);

    protected Task RemoveReminderAsync(string name) =>
        Runtime.Storage.Reminders.DeleteAsync(GrainId, name, CancellationToken.None);

    protected Task<IReadOnlyList<Reminder>> GetRemindersAsync() =>
        Runtime.Storage.Reminders.ReadAsync(GrainId, CancellationToken.None);

    /// <summary>Asks the runtime to deactivate this grain after the current turn.</summary>
    protected void DeactivateOnIdle() => Activation.IsStale = true;
}
