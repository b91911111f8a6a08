using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Hosting;

/// <summary>
/// Applies the schema migrations (the project's tables and the tables and named queries of Orleans' providers) before
/// the Orleans silo starts: it is registered before UseOrleans, and hosted services start in registration order.
/// </summary>
internal sealed class StorageMigration(IStorageProvider storage, IOptions<SiloOptions> options, ILogger<StorageMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.MigrateAsync(cancellationToken);
        logger.Migrated(options.Value.NodeId, storage.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
