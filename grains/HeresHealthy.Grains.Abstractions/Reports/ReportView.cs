namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>A protected report of one network: a row per value of the breakdown and a total from the true counts.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.ReportView")]
public sealed record ReportView(
    [property: Id(0)] string Period,
    [property: Id(1)] ReportBreakdown By,
    [property: Id(2)] IReadOnlyList<ReportRow> Rows,
    [property: Id(3)] ReportRow Total);
