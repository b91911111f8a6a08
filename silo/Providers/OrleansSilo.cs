using System.Net;
using System.Net.Sockets;
using HeresHealthy.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// The Orleans silo each node co-hosts: cluster and service ids, this node's ports, membership and storage
/// (<see cref="OrleansStorage"/>), and the call filters that carry who acts. Configuration keys: Silo:ClusterId,
/// Silo:ServiceId, Silo:SiloPort, Silo:GatewayPort (0: no gateway, the default: the app's own client is in-process),
/// Silo:Address (the address other nodes reach this one at). Without a port, a free loopback port is taken.
/// </summary>
public static class OrleansSilo
{
    public static IHostApplicationBuilder AddHeresHealthyOrleans(this IHostApplicationBuilder builder, StorageOptions storage)
    {
        var configuration = builder.Configuration;
        builder.UseOrleans(silo => silo.UseHeresHealthySilo(storage, configuration));
        builder.Services.AddHostedService<SiloStarted>(); // after the silo
        builder.Services.AddHostedService<Grains.FirstRuntimeReminderUpgrade>(); // after the silo: it calls grains
        return builder;
    }

    public static ISiloBuilder UseHeresHealthySilo(this ISiloBuilder silo, StorageOptions storage, IConfiguration configuration)
    {
        var clusterId = configuration["Silo:ClusterId"] ?? "heres";
        var serviceId = configuration["Silo:ServiceId"] ?? "heres-healthy";
        var siloPort = PortOf(configuration["Silo:SiloPort"]);
        var gatewayPort = int.TryParse(configuration["Silo:GatewayPort"], out var gateway) ? gateway : 0;
        if (storage.Provider == StorageProviderKind.Postgres)
        {
            silo.UseHeresHealthyClustering(storage);
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId));
            silo.Configure<EndpointOptions>(o =>
            {
                (o.SiloPort, o.GatewayPort) = (siloPort, gatewayPort);
                if (IPAddress.TryParse(configuration["Silo:Address"], out var address))
                {
                    o.AdvertisedIPAddress = address;
                }
            });
            silo.Configure<ClusterMembershipOptions>(o => ConfigureFailureDetection(o, configuration));
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId, clusterId: clusterId);
        }

        silo.UseHeresHealthyStorage(storage);
        silo.Services.KeepOrleansOnSystemClock();
        silo.Services.Configure<Orleans.Serialization.ExceptionSerializationOptions>(CarryDriverExceptions);
        return silo;
    }

    /// <summary>
    /// How fast a silo that stopped answering is declared dead, so that its grains and reminders move to the others:
    /// probes time out after Silo:ProbeTimeout (default 1 s, Orleans' 5 s) and Silo:MissedProbesLimit missed probes in a
    /// row (default 2, Orleans' 3) make a suspicion. Measured here (../shared/ARCHITECTURE.md): a killed silo is declared
    /// dead after about 2 s (Orleans' defaults: 11 s), a frozen one (SIGSTOP) after about 8 s (60 s).
    /// </summary>
    private static void ConfigureFailureDetection(ClusterMembershipOptions options, IConfiguration configuration)
    {
        options.ProbeTimeout = TimeSpan.TryParse(configuration["Silo:ProbeTimeout"], System.Globalization.CultureInfo.InvariantCulture, out var probe)
            ? probe
            : TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = int.TryParse(configuration["Silo:MissedProbesLimit"], out var missed) ? missed : 2;
    }

    private static int PortOf(string? configured)
    {
        if (int.TryParse(configured, out var port) && port > 0)
        {
            return port;
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>
    /// Orleans carries exceptions between nodes only from the namespaces it knows (Microsoft, System, Azure); a failure of
    /// Npgsql inside an Orleans service of another node (its reminder table while the database restarts) reached the
    /// caller as "Could not find a codec for type Npgsql.NpgsqlException", and the user as a 500. Npgsql's are carried
    /// too, so the caller sees the database out of reach (a German 503).
    /// </summary>
    public static void CarryDriverExceptions(Orleans.Serialization.ExceptionSerializationOptions options) =>
        options.SupportedNamespacePrefixes.Add("Npgsql");
}
