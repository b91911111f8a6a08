using HeresHealthy.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.LiveBench;

/// <summary>
/// The real app on a real loopback port (Kestrel), in Development. On PostgreSQL (ConnectionStrings__Postgres set) it
/// gets a fresh schema and the demo network is seeded here (the app seeds only on SQLite); otherwise it runs on a
/// SQLite file of its own and seeds the demo itself.
/// </summary>
public sealed class RealApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heres-livebench-").FullName;

    public RealApp(string? postgres)
    {
        Postgres = string.IsNullOrWhiteSpace(postgres) ? null : postgres;
        Schema = $"livebench_{DateTime.UtcNow:HHmmss}_{Random.Shared.Next(1000, 9999)}";
        UseKestrel(0);
    }

    public string? Postgres { get; }

    /// <summary>Stamps at the app's commits and around its LivePublisher: the real side's t_commit and the breakdown of where the time goes.</summary>
    public PipelineProbe Probe { get; } = new();

    public string Schema { get; }

    public string Storage => Postgres is null ? "SQLite (temporary file)" : $"PostgreSQL (schema {Schema})";

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        if (Postgres is not null)
        {
            await DemoSeeding.SeedAsync(Services.GetRequiredService<IGrainFactory>(), TimeProvider.System.GetUtcNow());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        // Many more sign-ins and referrals than people make; the limits themselves are tested in Web.Tests.
        builder.UseSetting("RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:ReferralBurst", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        builder.ConfigureTestServices(services =>
        {
            var publisher = services.Single(d => d.ServiceType == typeof(IEventSubscriber) && d.ImplementationType == typeof(LivePublisher));
            services.Insert(services.IndexOf(publisher), ServiceDescriptor.Singleton(Probe.Before));
            services.Insert(services.IndexOf(publisher) + 1, ServiceDescriptor.Singleton(Probe.After));
            var storage = services.Single(d => d.ServiceType == typeof(IStorageProvider));
            var create = storage.ImplementationFactory ?? throw new InvalidOperationException("The app's storage is no longer registered by a factory.");
            services[services.IndexOf(storage)] = ServiceDescriptor.Singleton<IStorageProvider>(sp => Probe.Stamping((IStorageProvider)create(sp)));
        });
        if (Postgres is not null)
        {
            builder.UseSetting("Storage:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", Postgres);
            builder.UseSetting("Storage:Schema", Schema);
            builder.UseSetting("Demo:Enabled", "false");
        }
        else
        {
            builder.UseSetting("Storage:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_folder, "hereshealthy.db")}");
            builder.UseSetting("Demo:Enabled", "true");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
