namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class LogState
{
    public List<string> Entries { get; set; } = [];
}
