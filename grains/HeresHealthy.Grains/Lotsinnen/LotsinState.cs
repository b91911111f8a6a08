using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Grains.Lotsinnen;

public sealed class LotsinState : OutboxState
{
    public LotsinProfile? Profile { get; set; }

    public Availability Availability { get; set; } = Availability.OffDuty;

    /// <summary>Cases counting against her capacity, each with whether a coordinator override put it there.</summary>
    public Dictionary<string, bool> Active { get; set; } = [];

    public HashSet<string> Processed { get; set; } = [];

    public int Counted => Active.Count(a => !a.Value);
}
