using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Reports;

/// <summary>Hands every committed event on this silo to the report grain of each network active here (<see cref="ReportGrain"/>).</summary>
public sealed class ReportFeed(IGrainFactory grains) : NetworkFeed
{
    protected override Task DeliverAsync(string network, IReadOnlyList<EventEnvelope> events) =>
        grains.GetGrain<IReportProjectionGrain>(network).ApplyAsync(events);
}
