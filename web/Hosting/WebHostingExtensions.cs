using System.Text.Json.Serialization;
using HeresHealthy.Grains;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Api.Admin;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Live;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Hosting;

/// <summary>The app's wiring, so that Program.cs stays one screen.</summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddHeresHealthy(this WebApplicationBuilder builder)
    {
        // The build output (dotnet web/bin/Release/net10.0/HeresHealthy.Web.dll, as scripts/cluster.sh and the README run it)
        // keeps the compressed static files under obj/, named by the build's runtime manifest. ASP.NET Core reads that
        // manifest by itself only in Development: in Production every JS and CSS file asked for with gzip answered 200 with
        // an empty body. A published app has no such manifest, so there this does nothing.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
        builder.AddHeresHealthySilo(_ => { });
        builder.AddHeresHealthyOrleans(SiloServiceCollectionExtensions.StorageFrom(builder.Configuration));
        builder.Services.AddHeresHealthyGrains();
        builder.Services.Configure<ProtocolOptions>(builder.Configuration.GetSection("Protocol"));
        if (DemoMode.IsOn(builder.Configuration, builder.Environment))
        {
            builder.Services.AddHostedService<DemoSeeding>();
        }

        builder.AddRequestLimits();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = BadRequestProblems.HideInternals);
        builder.Services.AddExceptionHandler<ServiceUnavailable>();
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.AddHeresHealthyRateLimits(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        builder.Services.AddHeresHealthyAuthentication(builder.Configuration);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            TextInputConverter.Register(o.SerializerOptions);
        });
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddRazorPages();
        builder.Services.AddAntiforgery(o => o.HeaderName = ApiAntiforgery.HeaderName);
        builder.Services.AddSingleton<LiveAudience>();
        builder.Services.AddSingleton<LiveCatchUp>();
        builder.Services.AddSingleton<LiveConnections>();
        // A body the API cannot read is thrown to BadRequestProblems, which answers 400 naming the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton<IEventSubscriber, LivePublisher>();
        builder.Services.AddHeresHealthyAudit();
        return builder;
    }

    public static WebApplication MapHeresHealthy(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Machines (API, hub) get ProblemDetails; people (pages) get a German page for every error answer.
        app.UseWhen(http => AppPaths.IsApiOrHub(http.Request.Path), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(http => !AppPaths.IsApiOrHub(http.Request.Path), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/fehler/500", // the page tells a database out of reach (503) from other failures
                StatusCodeSelector = error => ServiceUnavailable.Is(error) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            })
            .UseStatusCodePagesWithReExecute("/fehler/{0}"));
        app.UseRouting(); // after the error pages, so that a re-executed request finds the error page's endpoint
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseRateLimiter(); // after authentication (limits per account), before anything that answers or audits a refusal
        app.UseSameOriginHub();
        app.UseApiAntiforgery();
        app.UseTextInputCheck();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        var api = app.MapAudited();
        api.MapSessionApi();
        api.MapReferralApi();
        api.MapLotsinApi();
        api.MapBoardApi();
        api.MapHelpOfferApi();
        api.MapKioskApi();
        api.MapWorkshopApi();
        api.MapAuditApi();
        api.MapReportApi();
        api.MapAdminApi();
        app.MapHub<LiveHub>("/hubs/live");
        api.MapGet("/api/live/position", async (IStorageProvider storage, CancellationToken cancellationToken) =>
                Results.Ok(new { position = await storage.Events.ReadHeadAsync(cancellationToken) }))
            .RequireAuthorization().WithTags("Live");
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
