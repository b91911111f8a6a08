using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class LogState : OutboxState
{
    public List<string> Entries { get; set; } = [];
}
