using HeresHealthy.Silo;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Reminders;
using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HeresHealthy.Testing;

/// <summary>One running node of the grain runtime, hosted the way the app hosts it.</summary>
public sealed class SiloNode : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloNode(IHost host) => _host = host;

    public GrainRuntime Runtime => _host.Services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Grains => Runtime;

    public IStorageProvider Storage => _host.Services.GetRequiredService<IStorageProvider>();

    /// <summary>Fires every reminder due now on this node, as its poller would; returns how many fired.</summary>
    public Task<int> FireDueRemindersAsync() => _host.Services.GetRequiredService<ReminderService>().FireDueAsync(CancellationToken.None);

    public IServiceProvider Services => _host.Services;

    public EventRecorder Events => _host.Services.GetRequiredService<EventRecorder>();

    public static async Task<SiloNode> StartAsync(
        StorageTarget target,
        Action<SiloOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(target.CreateStorage());
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        services?.Invoke(builder.Services);
        builder.Services.AddSingleton<EventRecorder>();
        builder.Services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<EventRecorder>());
        builder.Services.AddHeresHealthySilo(options =>
        {
            options.EventPollInterval = TimeSpan.FromMilliseconds(50);
            options.ReminderPollInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new SiloNode(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
