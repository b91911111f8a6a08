namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>The anonymous report facts of one network (key: the network id), published only as protected cells.</summary>
[Alias("HeresHealthy.Grains.Abstractions.Reports.IReportGrain")]
public interface IReportGrain : IGrainWithStringKey
{
    [Alias("GetReportAsync")]
    Task<ReportView> GetReportAsync(ReportPeriod period, ReportBreakdown by);
}
