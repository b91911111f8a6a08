using HeresHealthy.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Runtime;

/// <summary>Deactivates idle activations every scan interval.</summary>
internal sealed class IdleCollector(GrainRuntime runtime, IOptions<SiloOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.IdleScanInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await runtime.CollectIdleAsync();
        }
    }
}
