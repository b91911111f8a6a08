using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Grains;

/// <summary>
/// A grain's durable reminders on Orleans' reminder service, one per name, due at a time of the protocol's clock.
/// A reminder ticks again every <see cref="Retry"/> until the grain moves or removes it, so a tick whose work failed
/// is retried. What this activation registered is remembered; at first use each name is registered or removed anew.
/// </summary>
public sealed class ReminderSchedule(Grain grain, TimeProvider time)
{
    /// <summary>Orleans' shortest reminder period (ReminderOptions.MinimumReminderPeriod).</summary>
    public static readonly TimeSpan Retry = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, DateTimeOffset?> _registered = [];

    /// <summary>Forgets what was registered under <paramref name="name"/>, so that the next <see cref="SetAsync"/> writes it.</summary>
    public void Forget(string name) => _registered.Remove(name);

    /// <summary>Moves reminder <paramref name="name"/> to <paramref name="dueAt"/>, or removes it for null.</summary>
    public async Task SetAsync(string name, DateTimeOffset? dueAt)
    {
        if (_registered.TryGetValue(name, out var registered) && registered == dueAt)
        {
            return;
        }

        // Orleans' reminder table reads the database: a failure to reach it must cross to a caller on another node as
        // an exception Orleans can serialize (Npgsql's cannot), so that the caller answers the German 503.
        await StorageUnreachableException.TranslateAsync(
            async () =>
            {
                if (dueAt is { } due)
                {
                    var wait = due - time.GetUtcNow();
                    await grain.RegisterOrUpdateReminder(name, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Retry);
                }
                else if (await grain.GetReminder(name) is { } reminder)
                {
                    await grain.UnregisterReminder(reminder);
                }

                return true;
            },
            static _ => { });

        _registered[name] = dueAt;
    }
}
