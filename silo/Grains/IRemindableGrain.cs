
namespace HeresHealthy.Silo.Grains;

/// <summary>
/// A grain with durable reminders (<see cref="ReminderSchedule"/>). Orleans may fire a reminder more than once, late,
/// or on another silo: what a reminder does is decided from the grain's state and the clock, never from the tick, so
/// it can also be asked for directly (after a restart, by tools and tests) and does nothing twice.
/// </summary>
public interface IRemindableGrain : IGrainWithStringKey, global::Orleans.IRemindable
{
    /// <summary>Does the work of reminder <paramref name="name"/> if it is due now; true if something was due.</summary>
    Task<bool> FireDueAsync(string name);
}
