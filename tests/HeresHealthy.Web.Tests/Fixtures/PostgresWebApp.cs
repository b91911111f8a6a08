using HeresHealthy.Testing;
using HeresHealthy.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// The app on the real PostgreSQL server of the test run, in a fresh schema, with the demo network seeded by the
/// fixture (the app itself seeds it only on SQLite) and a retention period of two seconds, for the erasure tests.
/// </summary>
public class PostgresWebApp : WebApp
{
    public const string RetentionPeriod = "00:00:02";

    public string Schema { get; } = PostgresServer.NewSchema();

    /// <summary>How long closed cases keep their personal data here (null: the app's default).</summary>
    protected virtual string? Retention => RetentionPeriod;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoSeeding.SeedAsync(Services.GetRequiredService<IGrainFactory>(), TimeProvider.System.GetUtcNow());
    }

    protected override void ConfigureStorage(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", PostgresServer.ConnectionString);
        builder.UseSetting("Storage:Schema", Schema);
        builder.UseSetting("Demo:Enabled", "false");
        if (Retention is { } retention)
        {
            builder.UseSetting("Retention:ClosedCasesAfter", retention);
        }
    }
}
