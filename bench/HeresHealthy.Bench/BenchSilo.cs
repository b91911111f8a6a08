using HeresHealthy.Silo;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HeresHealthy.Bench;

/// <summary>One node of the grain runtime, hosted the way the app and the runtime tests host it, on storage it owns.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly IStorageProvider _storage;

    private BenchSilo(IHost host, IStorageProvider storage) => (_host, _storage) = (host, storage);

    public GrainRuntime Runtime => _host.Services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Grains => Runtime;

    public static async Task<BenchSilo> StartAsync(IStorageProvider storage)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(storage);
        builder.Services.AddHeresHealthySilo(options => options.AddGrains(typeof(BenchSilo).Assembly));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host, storage);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (_storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
