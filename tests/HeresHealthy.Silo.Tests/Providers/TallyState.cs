using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Silo.Tests.Providers;

public sealed class TallyState : OutboxState
{
    public int Total { get; set; }
}
