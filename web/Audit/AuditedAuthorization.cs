using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Requests to the API or the hub that authorization refuses (401, 403) never reach an endpoint filter: they are
/// recorded here, before the refusal is written.
/// </summary>
internal sealed class AuditedAuthorization(AuditWriter writer) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if ((authorizeResult.Challenged || authorizeResult.Forbidden)
            && AppPaths.IsApiOrHub(context.Request.Path))
        {
            var status = authorizeResult.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            string[] caseIds = AuditedRequest.RouteCaseId(context) is { } caseId ? [caseId] : [];
            await writer.RecordAsync(AuditedRequest.Actor(context), AuditedRequest.Action(context), caseIds, status);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
