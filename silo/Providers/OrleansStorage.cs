using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// Orleans' providers on the project's storage: grain state and reminders through the ADO.NET providers on PostgreSQL
/// (production) and on SQLite (the embedded default), memory only for tests (<see cref="Storage.Memory.MemoryReminderTable"/>); membership through the ADO.NET provider
/// on PostgreSQL, on localhost otherwise. The tables and the named queries the providers read come from the project's
/// migrations (Storage/{Provider}/Migrations/0003_orleans.sql), which must have run before the silo starts.
/// </summary>
public static class OrleansStorage
{
    /// <summary>The ADO.NET invariant under which Orleans uses Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    /// <summary>Membership in the PostgreSQL table, for a cluster of nodes on one database.</summary>
    public static ISiloBuilder UseHeresHealthyClustering(this ISiloBuilder silo, StorageOptions storage) =>
        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, ConnectionString(storage)));

    /// <summary>
    /// Grain state (the default storage, with <see cref="JsonGrainStorageSerializer"/>), states that publish their changes
    /// (<see cref="OutboxGrainStorage"/>, named "outbox": it needs the project's <see cref="IStorageProvider"/> and
    /// <see cref="CommitSignal"/> in the services) and reminders.
    /// </summary>
    public static ISiloBuilder UseHeresHealthyStorage(this ISiloBuilder silo, StorageOptions storage)
    {
        silo.Services.AddSingleton<JsonGrainStorageSerializer>();
        silo.Services.AddKeyedSingleton<IGrainStorage>(OutboxGrainStorage.Name, static (services, _) => new OutboxGrainStorage(
            services.GetRequiredService<IStorageProvider>(),
            services.GetRequiredService<CommitSignal>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<IOptions<Hosting.SiloOptions>>().Value.NodeId,
            services.GetRequiredService<ILogger<OutboxGrainStorage>>()));
        switch (storage.Provider)
        {
            case StorageProviderKind.Postgres:
                var connection = ConnectionString(storage);
                silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, connection));
                silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, connection));
                break;
            case StorageProviderKind.Sqlite:
                silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (SqliteInvariant, storage.SqliteConnectionString));
                silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (SqliteInvariant, storage.SqliteConnectionString));
                break;
            default:
                // Tests only; a test that starts several silos on one storage registers one table for all of them first.
                silo.AddMemoryGrainStorageAsDefault();
                silo.AddReminders();
                silo.Services.TryAddSingleton<global::Orleans.IReminderTable, Storage.Memory.MemoryReminderTable>();
                break;
        }

        silo.Services.AddOptions<AdoNetGrainStorageOptions>(global::Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
            .Configure<JsonGrainStorageSerializer>((o, serializer) => o.GrainStorageSerializer = serializer);
        return silo;
    }

    /// <summary>
    /// The PostgreSQL connection for Orleans' providers: the app's, looking up unqualified names (orleansquery) in the
    /// app's schema, with the providers' few recurring statements prepared on the server as the project's own are
    /// (Max Auto Prepare, unless the connection string sets it).
    /// </summary>
    public static string ConnectionString(StorageOptions storage) =>
        new NpgsqlConnectionStringBuilder(Storage.Postgres.PostgresStorage.WithAutoPrepare(storage.PostgresConnectionString))
        {
            SearchPath = storage.PostgresSchema,
        }.ConnectionString;
}
