using HeresHealthy.Grains;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Cli;

/// <summary>
/// The app's storage and grains, configured exactly as the app is (appsettings, environment, --Key=Value), but without
/// a web server or background services. Pending schema migrations are applied first, as the app does at start.
/// </summary>
internal static class CliHost
{
    public static async Task<WebApplication> StartAsync(string[] configuration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration });
        builder.AddHeresHealthySilo(_ => { });
        builder.Services.AddHeresHealthyGrains();
        var app = builder.Build();
        await app.Services.GetRequiredService<IStorageProvider>().MigrateAsync(CancellationToken.None);
        return app;
    }
}
