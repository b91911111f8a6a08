namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class AlarmState
{
    public Dictionary<string, int> Fired { get; set; } = [];
}
