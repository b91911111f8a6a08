using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HeresHealthy.Silo.Providers;

/// <summary>Says in the log, once the Orleans silo runs, which silo this node is and where its state lives (Orleans' own start-up messages are logged at Warning only).</summary>
internal sealed partial class SiloStarted(ILocalSiloDetails silo, IOptions<ClusterOptions> cluster, IStorageProvider storage, ILogger<SiloStarted> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Started(logger, silo.SiloAddress.ToString(), cluster.Value.ClusterId, cluster.Value.ServiceId, storage.Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Orleans silo {Silo} runs in cluster {ClusterId} (service {ServiceId}) on {Storage} storage")]
    private static partial void Started(ILogger logger, string silo, string clusterId, string serviceId, string storage);
}
