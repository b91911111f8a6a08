using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HeresHealthy.Silo.Hosting;

/// <summary>Applies the schema migrations before anything else starts, and deactivates every grain at shutdown.</summary>
internal sealed class SiloLifecycle(IStorageProvider storage, GrainRuntime runtime, ILogger<SiloLifecycle> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.MigrateAsync(cancellationToken);
        logger.Started(runtime.NodeId, storage.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => runtime.DeactivateAllAsync();
}
