using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>The coordinator's API: the live board, suggestions, assignment.</summary>
public static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/api/board").RequireAuthorization(Policies.Coordinator).WithTags("Koordination");
        board.MapGet("/", async (IGrainFactory g, ClaimsPrincipal u) => Results.Ok(await g.GetGrain<IWorkloadBoardGrain>(u.ToActor().Network).GetBoardAsync()));
        board.MapGet("/cases/{caseId}", async (IGrainFactory g, ClaimsPrincipal u, string caseId) =>
            CaseCommands.IsSafeId(caseId) && await g.GetGrain<IFamilyCaseGrain>(caseId).GetCoordinatorViewAsync(u.ToActor().Network) is { } view
                ? Results.Ok(view)
                : Problems.NotFound());
        board.MapGet("/cases/{caseId}/suggestions", async (IGrainFactory g, ClaimsPrincipal u, string caseId) =>
            Results.Ok(await g.GetGrain<IWorkloadBoardGrain>(u.ToActor().Network).SuggestAsync(caseId)));
        board.MapPost("/cases/{caseId}/assignment", (IGrainFactory g, ClaimsPrincipal u, string caseId, AssignmentRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Assign(r.CommandId ?? "", a, r.LotsinId ?? "", r.OverrideReason, r.OverrideNote)));
        board.MapPost("/cases/{caseId}/unassignment", (IGrainFactory g, ClaimsPrincipal u, string caseId, ReasonRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Unassign(r.CommandId ?? "", a, r.Reason ?? "")));
        board.MapPost("/cases/{caseId}/reassignment", (IGrainFactory g, ClaimsPrincipal u, string caseId, AssignmentRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Reassign(r.CommandId ?? "", a, r.LotsinId ?? "", r.OverrideReason, r.OverrideNote)));
        board.MapPost("/cases/{caseId}/consent-withdrawal", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new WithdrawConsent(r.CommandId ?? "", a)));
        return app;
    }
}
