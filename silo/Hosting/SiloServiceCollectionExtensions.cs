using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Memory;
using HeresHealthy.Silo.Storage.Postgres;
using HeresHealthy.Silo.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>The node's storage and outbox dispatch, configured from Storage:Provider, ConnectionStrings:Sqlite, ConnectionStrings:Postgres, Storage:Schema and Silo:NodeId.</summary>
    public static IHostApplicationBuilder AddHeresHealthySilo(this IHostApplicationBuilder builder, Action<SiloOptions> configure)
    {
        var configuration = builder.Configuration;
        builder.Services.AddHeresHealthySilo(options =>
        {
            Bind(configuration, options);
            configure(options);
        });
        return builder;
    }

    /// <summary>
    /// What each node runs beside Orleans: its storage (migrated before the silo starts), the commit signal and the
    /// dispatcher that hands every committed event to the subscribers (live pushes, boards). Register before UseOrleans.
    /// </summary>
    public static IServiceCollection AddHeresHealthySilo(this IServiceCollection services, Action<SiloOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommitSignal>();
        services.TryAddSingleton(sp => CreateStorage(sp.GetRequiredService<IOptions<SiloOptions>>().Value.Storage));
        services.AddHostedService<StorageMigration>();
        services.AddHostedService<EventDispatcher>();
        return services;
    }

    /// <summary>The storage settings in <paramref name="configuration"/> (Storage:Provider, connection strings, Storage:Schema).</summary>
    public static StorageOptions StorageFrom(IConfiguration configuration)
    {
        var options = new SiloOptions();
        Bind(configuration, options);
        return options.Storage;
    }

    private static void Bind(IConfiguration configuration, SiloOptions options)
    {
        var storage = options.Storage;
        if (Enum.TryParse<StorageProviderKind>(configuration["Storage:Provider"], ignoreCase: true, out var provider))
        {
            storage.Provider = provider;
        }

        storage.SqliteConnectionString = configuration.GetConnectionString("Sqlite") ?? storage.SqliteConnectionString;
        storage.PostgresConnectionString = configuration.GetConnectionString("Postgres") ?? storage.PostgresConnectionString;
        storage.PostgresSchema = configuration["Storage:Schema"] ?? storage.PostgresSchema;
        options.NodeId = configuration["Silo:NodeId"] ?? options.NodeId;
    }

    private static IStorageProvider CreateStorage(StorageOptions options) => options.Provider switch
    {
        StorageProviderKind.Sqlite => new SqliteStorage(options.SqliteConnectionString),
        StorageProviderKind.Postgres when string.IsNullOrWhiteSpace(options.PostgresConnectionString) =>
            throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is empty."),
        StorageProviderKind.Postgres => new PostgresStorage(options.PostgresConnectionString, options.PostgresSchema),
        StorageProviderKind.Memory => new MemoryStorage(),
        _ => throw new InvalidOperationException($"Unknown storage provider {options.Provider}."),
    };
}
