
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A series of <c>Dates</c> workshops, <c>WeeksApart</c> weeks apart at the same local time, sharing a series id.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.WorkshopSeries")]
public sealed record WorkshopSeries([Id(0)] int Dates, [Id(1)] int WeeksApart);
