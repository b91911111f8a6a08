
namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>A Lotsin's availability, set by herself.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Availability")]
public enum Availability
{
    /// <summary>Working now: receives offers and urgent referrals, and may claim them.</summary>
    OnDuty,

    /// <summary>Not working now: receives offers to handle later, but no urgent referrals.</summary>
    OffDuty,

    /// <summary>Absent (leave, illness): receives no offers; her open obligations show on the board.</summary>
    Away,
}
