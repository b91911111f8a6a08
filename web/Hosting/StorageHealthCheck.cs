using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeresHealthy.Web.Hosting;

/// <summary>Healthy when the storage answers a read of the outbox head.</summary>
internal sealed class StorageHealthCheck(IStorageProvider storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var head = await storage.Events.ReadHeadAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{storage.Name} storage, outbox at position {head}");
    }
}
