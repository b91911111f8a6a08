
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>How far a missed deadline has escalated: first a reminder to the Lotsin, then an alert on the board.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.OverdueStage")]
public enum OverdueStage
{
    Reminder,
    Alert,
}
