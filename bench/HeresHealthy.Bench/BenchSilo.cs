using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HeresHealthy.Bench;

/// <summary>One node, hosted the way the app hosts it (storage, outbox dispatch, an Orleans silo), on storage it owns.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly IStorageProvider _storage;

    private BenchSilo(IHost host, IStorageProvider storage) => (_host, _storage) = (host, storage);

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public string NodeId => _host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiloOptions>>().Value.NodeId;

    public static async Task<BenchSilo> StartAsync(IStorageProvider storage, StorageOptions options, bool protocol = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(storage);
        builder.Services.AddHeresHealthySilo(_ => { });
        if (protocol)
        {
            HeresHealthy.Grains.GrainsHostingExtensions.AddHeresHealthyGrains(builder.Services);
        }

        builder.UseOrleans(silo => silo.UseHeresHealthySilo(options, new ConfigurationBuilder().Build()));
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
