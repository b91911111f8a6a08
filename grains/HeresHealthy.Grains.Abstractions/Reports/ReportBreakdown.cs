namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>The fixed breakdowns of a report (Aufschlüsselung); no other grouping is offered.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Reports.ReportBreakdown")]
public enum ReportBreakdown
{
    Municipality,
    District,

    /// <summary>The municipality of the referring practice.</summary>
    PracticeGroup,
    Need,
}
