using System.Security.Claims;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Audit;

/// <summary>How a request is named in the audit trail: references only, never a path with data, a query or a body.</summary>
internal static class AuditedRequest
{
    public const string Anonymous = nameof(Anonymous);

    public static string Actor(HttpContext http) => Actor(http.User);

    public static string Actor(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.AuditName() : Anonymous;

    /// <summary>The method and the route pattern, e.g. "POST /api/referrals/{caseId}/withdrawal".</summary>
    public static string Action(HttpContext http) =>
        $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)"}";

    /// <summary>The {caseId} route value, if it is a well-formed case id (anything else is not stored).</summary>
    public static string? RouteCaseId(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("caseId", out var value) && value is string caseId && CaseCommands.IsSafeId(caseId) ? caseId : null;
}
