using System.Collections.Concurrent;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class AlarmGrain : Grain<AlarmState>, IAlarmGrain, IRemindable
{
    /// <summary>Every firing in this process, across all nodes: grain key and reminder name to count.</summary>
    public static ConcurrentDictionary<string, int> Firings { get; } = new();

    public Task ScheduleAsync(string name, DateTimeOffset dueAt, TimeSpan? period) => SetReminderAsync(name, dueAt, period);

    public Task<IReadOnlyDictionary<string, int>> FiredAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>(State.Fired));

    public async Task ReceiveReminderAsync(string name, DateTimeOffset dueAt)
    {
        Firings.AddOrUpdate($"{Key}/{name}", 1, (_, count) => count + 1);
        State.Fired[name] = State.Fired.GetValueOrDefault(name) + 1;
        await WriteStateAsync();
    }
}
