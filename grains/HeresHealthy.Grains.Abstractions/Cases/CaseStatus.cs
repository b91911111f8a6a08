
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>The states of a case (PROTOCOL.md).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.CaseStatus")]
public enum CaseStatus
{
    None,
    Referred,
    Assigned,
    Accepted,
    InCare,
    Closed,
}
