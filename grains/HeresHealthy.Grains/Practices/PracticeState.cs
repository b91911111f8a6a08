using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.Practices;

namespace HeresHealthy.Grains.Practices;

public sealed class PracticeState : OutboxState
{
    public PracticeProfile? Profile { get; set; }
}
