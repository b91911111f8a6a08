namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>A protected report of one network: a row per value of the breakdown and a total from the true counts.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.ReportView")]
public sealed record ReportView(
    [property: Id(0)] string Period,
    [property: Id(1)] ReportBreakdown By,
    [property: Id(2)] IReadOnlyList<ReportRow> Rows,
    [property: Id(3)] ReportRow Total)
{
    /// <summary>Parent workshops held in the period, a row per month.</summary>
    [Id(4)]
    public IReadOnlyList<WorkshopReportRow> WorkshopsByMonth { get; init; } = [];

    /// <summary>Parent workshops held in the period, a row per municipality.</summary>
    [Id(5)]
    public IReadOnlyList<WorkshopReportRow> WorkshopsByMunicipality { get; init; } = [];

    /// <summary>Parent workshops held in the period, from the true counts.</summary>
    [Id(6)]
    public WorkshopReportRow WorkshopTotal { get; init; } = new("Gesamt", 0, 0, 0);
}
