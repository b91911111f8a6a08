namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface IAlarmGrain : IGrain
{
    Task ScheduleAsync(string name, DateTimeOffset dueAt, TimeSpan? period);

    /// <summary>How often each reminder fired, as persisted by this grain.</summary>
    Task<IReadOnlyDictionary<string, int>> FiredAsync();
}
