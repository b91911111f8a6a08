using HeresHealthy.Grains.Abstractions.Practices;

namespace HeresHealthy.Grains.Practices;

public sealed class PracticeState
{
    public PracticeProfile? Profile { get; set; }
}
