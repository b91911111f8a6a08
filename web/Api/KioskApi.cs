using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>
/// The Familienkiosk's API: today's and the next seven days' appointments (time, Lotsin, the family's display name) and
/// parent workshops, without health details; registering a family for a workshop and undoing it.
/// </summary>
public static class KioskApi
{
    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/kiosk/today", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) =>
                Results.Ok((await WeekAsync(g, u, time))[0].Appointments))
            .RequireAuthorization(Policies.Kiosk).WithTags("Kiosk");
        app.MapGet("/api/kiosk/week", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) => Results.Ok(await WeekAsync(g, u, time)))
            .RequireAuthorization(Policies.Kiosk).WithTags("Kiosk");
        var kiosk = app.MapGroup("/api/kiosk/workshops").WithTags("Kiosk").RequireAuthorization(Policies.KioskOrCaseWorker);
        kiosk.MapGet("/", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) =>
            Results.Ok(await g.GetGrain<IKioskGrain>(u.ToActor().Network).GetDayAsync(GermanTime.Today(time))));
        kiosk.MapPost("/{workshopId}/registrations", (IGrainFactory g, ClaimsPrincipal u, string workshopId, CommandRequest r) =>
            WorkshopApi.SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.RegisterAsync(id, workshopId)));
        kiosk.MapPost("/{workshopId}/cancellations", (IGrainFactory g, ClaimsPrincipal u, string workshopId, CommandRequest r) =>
            WorkshopApi.SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.CancelRegistrationAsync(id, workshopId)));
        return app;
    }

    private static Task<IReadOnlyList<KioskDay>> WeekAsync(IGrainFactory grains, ClaimsPrincipal user, TimeProvider time) =>
        grains.GetGrain<IKioskGrain>(user.ToActor().Network).GetWeekAsync(GermanTime.Today(time));
}
