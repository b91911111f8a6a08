using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Records every API request once its handler has produced a result and before the result is written: a read or a
/// change is never answered without its audit row. Cases: the {caseId} route value, the case a command answered for,
/// and the cases a list handler reported (<see cref="AuditScope"/>); one row per case. A command on one case (a POST
/// with a {caseId}, or a new referral) hands its row to the case's state write (<see cref="AuditClaim"/>): the change and its row commit
/// together, and the answer waits for no transaction of its own. Whatever that write did not commit (a refusal, a
/// repeated command, another outcome than 200) is recorded here as for any request.
/// </summary>
internal sealed class AuditEndpointFilter(AuditWriter writer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var scope = AuditScope.Begin(http);
        var claim = ClaimFor(context);
        if (claim is not null)
        {
            CallContext.Audit = claim;
            claim.Offer();
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            claim?.Close();
            await RecordAsync(http, CaseIds(http, scope, null), StatusCodes.Status500InternalServerError);
            throw;
        }

        var caseIds = CaseIds(http, scope, result);
        var status = StatusOf(result, http);
        var committedWithChange = claim?.Close() == true && status == claim.Entry.Status && caseIds is [var only] && only == claim.CaseId;
        if (!committedWithChange)
        {
            await RecordAsync(http, caseIds, status);
        }

        return result;
    }

    // A command on one case: its row, as it is recorded when the command succeeds, for the case's state write to take.
    // The case is the {caseId} of the route, or, for a new referral, the case id allocated from its command id.
    private static AuditClaim? ClaimFor(EndpointFilterInvocationContext context)
    {
        var http = context.HttpContext;
        var caseId = HttpMethods.IsPost(http.Request.Method)
            ? AuditedRequest.RouteCaseId(http) ?? context.Arguments.OfType<ReferralRequest>().Select(r => r.CommandId)
                .Where(CaseCommands.IsSafeId).Select(id => ReferralCaseId.Of(http.User.ToActor(), id!)).FirstOrDefault()
            : null;
        return caseId is null
            ? null
            : new AuditClaim(
                caseId,
                new AuditEntry(default, AuditedRequest.Actor(http), AuditedRequest.Action(http), caseId, StatusCodes.Status200OK));
    }

    private static List<string> CaseIds(HttpContext http, AuditScope scope, object? result)
    {
        var answered = result is IValueHttpResult { Value: CommandResponse command } ? command.CaseId : null;
        return [.. new[] { AuditedRequest.RouteCaseId(http), answered }.OfType<string>().Concat(scope.CaseIds).Distinct()];
    }

    private Task RecordAsync(HttpContext http, IReadOnlyCollection<string> caseIds, int status) =>
        writer.RecordAsync(AuditedRequest.Actor(http), AuditedRequest.Action(http), caseIds, status);

    /// <summary>A result's own status; otherwise what the pipeline set (e.g. 400 for a body it could not read).</summary>
    private static int StatusOf(object? result, HttpContext http) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } status } => status,
        IResult => http.Response.StatusCode,
        _ => StatusCodes.Status200OK,
    };
}
