namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>The deadlines of PROTOCOL.md.</summary>
public enum Obligation
{
    AssignReferral,
    RespondToOffer,
    FirstContactAttempt,
    FirstContactFeedback,
    Activity,
}
