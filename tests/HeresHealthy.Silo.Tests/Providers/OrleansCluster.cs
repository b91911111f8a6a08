using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>An in-process Orleans cluster on a storage target's tables, migrated first as the app does at start.</summary>
public static class OrleansCluster
{
    public static StorageOptions OptionsOf(StorageTarget target) => target switch
    {
        PostgresTarget postgres => new StorageOptions
        {
            Provider = StorageProviderKind.Postgres,
            PostgresConnectionString = PostgresServer.ConnectionString,
            PostgresSchema = postgres.Schema,
        },
        SqliteTarget sqlite => new StorageOptions { Provider = StorageProviderKind.Sqlite, SqliteConnectionString = sqlite.ConnectionString },
        _ => new StorageOptions { Provider = StorageProviderKind.Memory },
    };

    /// <summary>Starts <paramref name="silos"/> silos of service <paramref name="serviceId"/> (test cluster membership).</summary>
    public static async Task<InProcessTestCluster> StartAsync(StorageTarget target, string serviceId, short silos = 1)
    {
        var storage = target.CreateStorage();
        await storage.MigrateAsync(TestContext.Current.CancellationToken);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        var options = OptionsOf(target);
        builder.ConfigureSilo((_, silo) => silo.UseHeresHealthyStorage(options));
        // The project's own store and commit signal, for states that publish their changes (OutboxGrainStorage).
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddSingleton(storage)
            .AddSingleton<CommitSignal>()
            .Configure<Hosting.SiloOptions>(o => o.NodeId = "test-node"));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
