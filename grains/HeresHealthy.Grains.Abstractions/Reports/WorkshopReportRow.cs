namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>
/// Parent workshops (Elternwerkstätten) of one month or municipality: workshops held (attendance recorded), families
/// registered and families that took part. Every count is null (suppressed) or a multiple of 5, as in <see cref="ReportRow"/>.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.WorkshopReportRow")]
public sealed record WorkshopReportRow([property: Id(0)] string Key, [property: Id(1)] int? Held, [property: Id(2)] int? Registered, [property: Id(3)] int? Attended);
