namespace HeresHealthy.Silo;

/// <summary>Implemented by grain classes that register durable reminders.</summary>
public interface IRemindable
{
    /// <summary>Called in a turn of the grain when a reminder falls due. Must be idempotent.</summary>
    Task ReceiveReminderAsync(string name, DateTimeOffset dueAt);
}
