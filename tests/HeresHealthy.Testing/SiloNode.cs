using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;

namespace HeresHealthy.Testing;

/// <summary>
/// One running node, hosted the way the app hosts it: the node's storage and outbox dispatch, and an Orleans silo on the
/// target's tables (on PostgreSQL every node of a test joins one cluster). Orleans' reminder service ticks on a clock
/// that stands still unless <c>tickReminders</c> is set, so a test decides when reminders fire
/// (<see cref="FireDueRemindersAsync"/>), by the protocol's clock it passes as <c>time</c>.
/// </summary>
public sealed class SiloNode : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloNode(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IStorageProvider Storage => _host.Services.GetRequiredService<IStorageProvider>();

    public IReminderTable Reminders => _host.Services.GetRequiredService<IReminderTable>();

    public IServiceProvider Services => _host.Services;

    public EventRecorder Events => _host.Services.GetRequiredService<EventRecorder>();

    /// <summary>
    /// Asks the grain of every reminder in Orleans' table to do that reminder's work if it is due by the protocol's
    /// clock, as a tick would; returns how many had work due.
    /// </summary>
    public async Task<int> FireDueRemindersAsync()
    {
        var fired = 0;
        foreach (var reminder in (await Reminders.ReadRows(0, 0)).Reminders)
        {
            fired += await Grains.GetGrain<IRemindableGrain>(reminder.GrainId).FireDueAsync(reminder.ReminderName) ? 1 : 0;
        }

        return fired;
    }

    public static async Task<SiloNode> StartAsync(
        StorageTarget target,
        Action<SiloOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null,
        bool tickReminders = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(target.CreateStorage());
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        if (target is MemoryTarget memory)
        {
            builder.Services.AddSingleton<IReminderTable>(memory.Reminders);
        }

        services?.Invoke(builder.Services);
        builder.Services.AddSingleton<EventRecorder>();
        builder.Services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<EventRecorder>());
        builder.Services.AddHeresHealthySilo(options =>
        {
            options.EventPollInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        builder.UseOrleans(silo =>
        {
            silo.UseHeresHealthySilo(target.Options, new ConfigurationBuilder().Build());
            if (!tickReminders)
            {
                silo.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, new FakeTimeProvider(DateTimeOffset.UtcNow));
            }
        });
        builder.Services.AddHostedService<FirstRuntimeReminderUpgrade>(); // after the silo, as the app registers it
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
