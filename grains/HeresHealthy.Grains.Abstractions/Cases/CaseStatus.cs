namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>The states of a case (PROTOCOL.md).</summary>
public enum CaseStatus
{
    None,
    Referred,
    Assigned,
    Accepted,
    InCare,
    Closed,
}
