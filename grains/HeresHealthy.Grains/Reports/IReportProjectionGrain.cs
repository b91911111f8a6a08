using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Reports;

/// <summary>How the report grain is fed; internal to the silo, not a contract the web may call.</summary>
public interface IReportProjectionGrain : IGrainWithStringKey
{
    Task ApplyAsync(IReadOnlyList<EventEnvelope> events);
}
