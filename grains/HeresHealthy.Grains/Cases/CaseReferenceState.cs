using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Cases;

/// <summary>The last number handed out per year.</summary>
public sealed class CaseReferenceState : OutboxState
{
    public Dictionary<int, int> LastByYear { get; set; } = [];
}
