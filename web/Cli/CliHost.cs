using HeresHealthy.Grains;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Web.Cli;

/// <summary>
/// The app's storage and grains, configured exactly as the app is (appsettings, environment, --Key=Value), but without a
/// web server: pending schema migrations are applied first, as the app does at start, then an Orleans silo starts for the
/// command (on PostgreSQL it joins the cluster of the running nodes, so grain calls reach the one activation there is).
/// </summary>
internal sealed class CliHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public static async Task<CliHost> StartAsync(string[] configuration)
    {
        var builder = Host.CreateApplicationBuilder(configuration);
        // Only warnings and errors beside the command's own lines: appsettings' "Default": "Information" would otherwise
        // win over a minimum level and interleave the app's start-up log ("Application started. Press Ctrl+C to shut
        // down.") with the operator's output. A filter added here comes after the configuration's and so decides.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        // Orleans' watchdog may warn once of a "participant check" not completed for as long as the machine is up (its
        // first check of a silo that lives for seconds): nothing an operator can act on, so only its errors are shown.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.AddHeresHealthySilo(_ => { });
        builder.AddHeresHealthyOrleans(SiloServiceCollectionExtensions.StorageFrom(builder.Configuration));
        builder.Services.AddHeresHealthyGrains();
        var host = builder.Build();
        await host.StartAsync();
        return new CliHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
