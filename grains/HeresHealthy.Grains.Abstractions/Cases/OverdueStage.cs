namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>How far a missed deadline has escalated: first a reminder to the Lotsin, then an alert on the board.</summary>
public enum OverdueStage
{
    Reminder,
    Alert,
}
