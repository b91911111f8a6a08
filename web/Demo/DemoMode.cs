using HeresHealthy.Silo.Hosting;

namespace HeresHealthy.Web.Demo;

/// <summary>
/// Demo data belong to the embedded default only: SQLite storage, not in production. Demo:Enabled=false switches
/// them off; asking for them in production is a configuration error.
/// </summary>
public static class DemoMode
{
    public static bool IsOn(IConfiguration configuration, IHostEnvironment environment)
    {
        var wanted = configuration.GetValue("Demo:Enabled", true);
        if (environment.IsProduction())
        {
            return configuration["Demo:Enabled"] is null || !wanted
                ? false
                : throw new InvalidOperationException("Demo:Enabled must not be set in production: the demo network is fictitious data.");
        }

        var provider = configuration["Storage:Provider"];
        var embedded = provider is null || provider.Equals(nameof(StorageProviderKind.Sqlite), StringComparison.OrdinalIgnoreCase);
        return wanted && embedded;
    }
}
