using HeresHealthy.Grains;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Web.Hosting;

/// <summary>The app's wiring, so that Program.cs stays one screen.</summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddHeresHealthy(this WebApplicationBuilder builder)
    {
        builder.AddHeresHealthySilo(_ => { });
        builder.Services.AddHeresHealthyGrains();
        if (DemoMode.IsOn(builder.Configuration, builder.Environment))
        {
            builder.Services.AddHostedService<DemoSeeding>();
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return builder;
    }

    public static WebApplication MapHeresHealthy(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health");
        return app;
    }
}
