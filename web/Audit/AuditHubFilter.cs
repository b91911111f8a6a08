using HeresHealthy.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Audit;

/// <summary>Records every hub method call, with the cases its answer carried (CatchUp), before the answer is sent.</summary>
internal sealed class AuditHubFilter(AuditWriter writer) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var actor = AuditedRequest.Actor(invocationContext.Context.User);
        var action = $"hub {invocationContext.Hub.GetType().Name}.{invocationContext.HubMethodName}";
        object? result;
        try
        {
            result = await next(invocationContext);
        }
        catch (Exception error)
        {
            await writer.RecordAsync(actor, action, [], error is HubException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError);
            throw;
        }

        var caseIds = result is IEnumerable<LivePush> pushes ? pushes.Select(p => p.CaseId).OfType<string>().Distinct().ToList() : [];
        await writer.RecordAsync(actor, action, caseIds, StatusCodes.Status200OK);
        return result;
    }
}
