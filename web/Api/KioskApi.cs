using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>The Familienkiosk's API: today's appointments and parent workshops, without health details.</summary>
public static class KioskApi
{
    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/kiosk/today", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) =>
                Results.Ok(await g.GetGrain<IWorkloadBoardGrain>(u.ToActor().Network).GetKioskAppointmentsAsync(Grains.Domain.GermanTime.Today(time))))
            .RequireAuthorization(Policies.Kiosk).WithTags("Kiosk");
        var kiosk = app.MapGroup("/api/kiosk/workshops").WithTags("Kiosk");
        kiosk.MapGet("/", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) =>
                Results.Ok(await g.GetGrain<IKioskGrain>(u.ToActor().Network).GetDayAsync(Grains.Domain.GermanTime.Today(time))))
            .RequireAuthorization(Policies.KioskOrCaseWorker);
        kiosk.MapPost("/{workshopId}/registrations", async (IGrainFactory g, ClaimsPrincipal u, string workshopId, CommandRequest r) =>
            {
                if (!CaseCommands.IsSafeId(r.CommandId))
                {
                    return Problems.Invalid("commandId", "Eine Befehlskennung ist nötig.");
                }

                var result = await g.GetGrain<IKioskGrain>(u.ToActor().Network).RegisterAsync(r.CommandId!, workshopId);
                return result.Accepted || result.Refusal is null ? Results.Ok(new { workshopId, repeated = result.Repeated }) : Problems.From(result.Refusal);
            })
            .RequireAuthorization(Policies.KioskOrCaseWorker);
        return app;
    }
}
