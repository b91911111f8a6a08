using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Audit;

/// <summary>The audit trail's wiring: the group-commit writer, the endpoint filter, the hub filter, refused requests.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddHeresHealthyAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddSingleton<AuditHubFilter>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorization>();
        services.Configure<HubOptions>(o => o.AddFilter<AuditHubFilter>());
        return services;
    }

    /// <summary>Every endpoint mapped on the returned builder is recorded in the audit trail.</summary>
    public static RouteGroupBuilder MapAudited(this IEndpointRouteBuilder app)
    {
        var audited = app.MapGroup("");
        audited.AddEndpointFilter<AuditEndpointFilter>();
        return audited;
    }
}
