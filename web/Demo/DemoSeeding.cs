using HeresHealthy.Grains.Demo;
using HeresHealthy.Silo;

namespace HeresHealthy.Web.Demo;

/// <summary>Seeds the fictitious demo network when the app runs on its embedded default; never in production.</summary>
internal sealed class DemoSeeding(IGrainFactory grains, TimeProvider time, ILogger<DemoSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = new DemoNetwork();
        await DemoSeeder.SeedAsync(grains, demo, time.GetUtcNow());
        logger.DemoSeeded(demo.Practices.Count, demo.Lotsinnen.Count, demo.Families.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
