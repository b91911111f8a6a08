using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>
/// Planning the parent workshops (Elternwerkstätten), for the kiosk staff and the coordinator: the workshops from two
/// weeks back (attendance to record) to half a year ahead; planning a date or a series, changing, cancelling;
/// registering families by name with consent (or on the waiting list) and cancelling them; recording attendance.
/// </summary>
public static class WorkshopApi
{
    /// <summary>How far back the planning lists workshops: attendance is recorded afterwards, names go after <c>WorkshopBook.Retention</c>.</summary>
    public const int DaysBack = 14;

    public const int DaysAhead = 183;

    public static IEndpointRouteBuilder MapWorkshopApi(this IEndpointRouteBuilder app)
    {
        var planning = app.MapGroup("/api/kiosk/planning/workshops").WithTags("Kiosk").RequireAuthorization(Policies.WorkshopPlanner);
        planning.MapGet("/", async (IGrainFactory g, ClaimsPrincipal u, TimeProvider time) =>
            Results.Ok(await Kiosk(g, u).GetWorkshopsAsync(GermanTime.Today(time).AddDays(-DaysBack), GermanTime.Today(time).AddDays(DaysAhead))));
        planning.MapPost("/", (IGrainFactory g, ClaimsPrincipal u, WorkshopRequest r) =>
            Plan(r, r.CommandId ?? "") is var (workshop, problem) && problem is not null ? Task.FromResult(problem)
            : SendAsync(g, u, r.CommandId, workshop!.Id, (k, id) => k.ScheduleWorkshopAsync(id, workshop, r.Dates is > 1 ? new WorkshopSeries(r.Dates.Value, r.WeeksApart ?? 1) : null)));
        planning.MapPost("/{workshopId}/changes", (IGrainFactory g, ClaimsPrincipal u, string workshopId, WorkshopRequest r) =>
            Plan(r, workshopId) is var (workshop, problem) && problem is not null ? Task.FromResult(problem)
            : SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.EditWorkshopAsync(id, workshop!)));
        planning.MapPost("/{workshopId}/cancellation", (IGrainFactory g, ClaimsPrincipal u, string workshopId, CommandRequest r) =>
            SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.CancelWorkshopAsync(id, workshopId)));
        planning.MapPost("/{workshopId}/families", (IGrainFactory g, ClaimsPrincipal u, string workshopId, FamilyRegistrationRequest r) =>
            SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.RegisterFamilyAsync(id, workshopId, new FamilyRegistration(r.Name ?? "", r.Phone, r.Consent == true))));
        planning.MapPost("/{workshopId}/families/{familyId}/cancellation", (IGrainFactory g, ClaimsPrincipal u, string workshopId, string familyId, CommandRequest r) =>
            SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.CancelFamilyAsync(id, workshopId, familyId)));
        planning.MapPost("/{workshopId}/attendance", (IGrainFactory g, ClaimsPrincipal u, string workshopId, AttendanceRequest r) =>
            r.Anonymous is null ? Task.FromResult(Problems.Invalid("anonymous", "Bitte angeben, wie viele Familien ohne Anmeldung mit Namen teilgenommen haben (auch 0)."))
            : SendAsync(g, u, r.CommandId, workshopId, (k, id) => k.RecordAttendanceAsync(id, workshopId, new AttendanceRecord(r.Families ?? new Dictionary<string, bool>(), r.Anonymous.Value))));
        return app;
    }

    /// <summary>The workshop the form describes, or a 400 naming the first missing field that the grain cannot check.</summary>
    private static (Workshop? Workshop, IResult? Problem) Plan(WorkshopRequest r, string id) =>
        r.Date is not { } date ? (null, Problems.Invalid("date", "Bitte das Datum angeben."))
        : r.Time is not { } time ? (null, Problems.Invalid("time", "Bitte die Uhrzeit angeben."))
        : r.Capacity is not { } capacity ? (null, Problems.Invalid("capacity", "Bitte die Zahl der Plätze angeben."))
        : (new Workshop(id, r.Title?.Trim() ?? "", GermanTime.At(date, time), r.Place?.Trim() ?? "", capacity, 0)
        {
            Municipality = r.Municipality ?? "", Languages = r.Languages ?? [], Leader = r.Leader?.Trim() ?? "",
        }, null);

    private static IKioskGrain Kiosk(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<IKioskGrain>(user.ToActor().Network);

    /// <summary>Sends a workshop command as the signed-in user; the command id is checked first, a refusal becomes a problem.</summary>
    public static async Task<IResult> SendAsync(IGrainFactory grains, ClaimsPrincipal user, string? commandId, string workshopId, Func<IKioskGrain, string, Task<CommandResult>> send)
    {
        if (!CaseCommands.IsSafeId(commandId))
        {
            return CaseCommands.InvalidCommandId();
        }

        CallContext.Actor = user.AuditName();
        var result = await send(Kiosk(grains, user), commandId!);
        return result.Accepted || result.Refusal is null ? Results.Ok(new { workshopId, repeated = result.Repeated }) : Problems.From(result.Refusal);
    }
}
