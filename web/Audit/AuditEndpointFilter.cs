using HeresHealthy.Web.Api;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Records every API request once its handler has produced a result and before the result is written: a read or a
/// change is never answered without its audit row. Cases: the {caseId} route value, the case a command answered for,
/// and the cases a list handler reported (<see cref="AuditScope"/>); one row per case.
/// </summary>
internal sealed class AuditEndpointFilter(AuditWriter writer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var scope = AuditScope.Begin(http);
        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await RecordAsync(http, scope, null, StatusCodes.Status500InternalServerError);
            throw;
        }

        await RecordAsync(http, scope, result, StatusOf(result, http));
        return result;
    }

    private Task RecordAsync(HttpContext http, AuditScope scope, object? result, int status)
    {
        var answered = result is IValueHttpResult { Value: CommandResponse command } ? command.CaseId : null;
        var caseIds = new[] { AuditedRequest.RouteCaseId(http), answered }.OfType<string>().Concat(scope.CaseIds).Distinct().ToList();
        return writer.RecordAsync(AuditedRequest.Actor(http), AuditedRequest.Action(http), caseIds, status);
    }

    /// <summary>A result's own status; otherwise what the pipeline set (e.g. 400 for a body it could not read).</summary>
    private static int StatusOf(object? result, HttpContext http) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } status } => status,
        IResult => http.Response.StatusCode,
        _ => StatusCodes.Status200OK,
    };
}
