
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>The deadlines of PROTOCOL.md.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Obligation")]
public enum Obligation
{
    AssignReferral,
    RespondToOffer,
    FirstContactAttempt,
    FirstContactFeedback,
    Activity,
}
