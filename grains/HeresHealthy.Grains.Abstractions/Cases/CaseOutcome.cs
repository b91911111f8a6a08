namespace HeresHealthy.Grains.Abstractions.Cases;

public enum CaseOutcome
{
    GoalsReached,
    HandedOver,
    DeclinedByFamily,

    /// <summary>Needs at least three failed contact attempts.</summary>
    Unreachable,
    MovedAway,
    WithdrawnByPractice,
    ConsentWithdrawn,
}
