using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>The Lotsin's API: her offers and cases, and everything she records.</summary>
public static class LotsinApi
{
    public static IEndpointRouteBuilder MapLotsinApi(this IEndpointRouteBuilder app)
    {
        var lotsin = app.MapGroup("/api/lotsin").RequireAuthorization(Policies.Lotsin).WithTags("Lotsin");
        lotsin.MapGet("/me", async (IGrainFactory g, ClaimsPrincipal u) =>
            await g.GetGrain<ILotsinGrain>(u.ToActor().Id).GetAsync() is { } me ? Results.Ok(me) : Problems.NotFound());
        lotsin.MapPut("/availability", async (IGrainFactory g, ClaimsPrincipal u, AvailabilityRequest r) =>
        {
            if (r.CommandId is not null && !CaseCommands.IsSafeId(r.CommandId))
            {
                return CaseCommands.InvalidCommandId();
            }

            var result = await g.GetGrain<ILotsinGrain>(u.ToActor().Id).SetAvailabilityAsync(r.CommandId ?? Guid.NewGuid().ToString("N"), r.Availability);
            return result.Accepted || result.Refusal is null ? Results.Ok(new { availability = r.Availability }) : Problems.From(result.Refusal);
        });
        lotsin.MapGet("/cases", ListAsync);
        lotsin.MapGet("/cases/{caseId}", GetAsync);
        var cases = lotsin.MapGroup("/cases/{caseId}");
        cases.MapPost("/acceptance", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Accept(r.CommandId ?? "", a)));
        cases.MapPost("/decline", (IGrainFactory g, ClaimsPrincipal u, string caseId, ReasonRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Decline(r.CommandId ?? "", a, r.Reason ?? "")));
        cases.MapPost("/claim", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Grains.Abstractions.Cases.Commands.Claim(r.CommandId ?? "", a)));
        cases.MapPost("/contact-attempts", (IGrainFactory g, ClaimsPrincipal u, string caseId, ContactAttemptRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new RecordContactAttempt(r.CommandId ?? "", a, r.Reached, r.Note)));
        cases.MapPost("/appointments", (IGrainFactory g, ClaimsPrincipal u, string caseId, AppointmentRequest r) => r.At is { } at
            ? CaseCommands.SendAsync(g, u, caseId, a => new ScheduleAppointment(r.CommandId ?? "", a, at, r.Place ?? "", r.AtKiosk))
            : Task.FromResult(Problems.Invalid("at", "Datum und Uhrzeit des Termins fehlen.")));
        cases.MapPost("/feedback", (IGrainFactory g, ClaimsPrincipal u, string caseId, FeedbackRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new SendFeedback(r.CommandId ?? "", a, r.Kind, r.Text ?? "")));
        cases.MapPost("/first-meeting", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new RecordFirstMeeting(r.CommandId ?? "", a)));
        cases.MapPost("/activities", (IGrainFactory g, ClaimsPrincipal u, string caseId, ActivityRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new RecordActivity(r.CommandId ?? "", a, r.Kind ?? "", r.Note)));
        cases.MapPost("/onward-referrals", (IGrainFactory g, ClaimsPrincipal u, string caseId, OnwardReferralRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new ReferOnward(r.CommandId ?? "", a, r.OfferId ?? "")));
        cases.MapPut("/onward-referrals/{referralId}", (IGrainFactory g, ClaimsPrincipal u, string caseId, string referralId, OnwardReferralUpdateRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new UpdateOnwardReferral(r.CommandId ?? "", a, referralId, r.Status)));
        cases.MapPost("/consent-extensions", (IGrainFactory g, ClaimsPrincipal u, string caseId, ConsentExtensionRequest r) => r.GivenAt is { } givenAt
            ? CaseCommands.SendAsync(g, u, caseId, a => new ExtendConsent(r.CommandId ?? "", a, r.OfferId ?? "", r.GivenBy ?? "", givenAt))
            : Task.FromResult(Problems.Invalid("givenAt", "Das Datum der Einwilligung fehlt.")));
        cases.MapPost("/display-name", (IGrainFactory g, ClaimsPrincipal u, string caseId, DisplayNameRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new SetDisplayName(r.CommandId ?? "", a, r.DisplayName ?? "")));
        cases.MapPost("/closing", (IGrainFactory g, ClaimsPrincipal u, string caseId, ClosingRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Close(r.CommandId ?? "", a, r.Outcome, r.Feedback ?? "")));
        cases.MapPost("/consent-withdrawal", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new WithdrawConsent(r.CommandId ?? "", a)));
        return app;
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var actor = user.ToActor();
        var ids = await grains.GetGrain<IWorkloadBoardGrain>(actor.Network).GetCasesOfLotsinAsync(actor.Id);
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<IFamilyCaseGrain>(id).GetLotsinViewAsync(actor.Id, actor.Network)));
        var listed = views.OfType<LotsinCaseView>().ToList();
        AuditScope.RecordReads(http, listed.Select(v => v.CaseId));
        return Results.Ok(listed);
    }

    /// <summary>An urgent referral is hers to see only while she is on duty; her own cases and offers always.</summary>
    private static async Task<IResult> GetAsync(IGrainFactory grains, ClaimsPrincipal user, string caseId)
    {
        var actor = user.ToActor();
        var view = CaseCommands.IsSafeId(caseId) ? await grains.GetGrain<IFamilyCaseGrain>(caseId).GetLotsinViewAsync(actor.Id, actor.Network) : null;
        if (view is { IsResponsible: false, Status: CaseStatus.Referred }
            && (await grains.GetGrain<ILotsinGrain>(actor.Id).GetAsync())?.Availability != Availability.OnDuty)
        {
            view = null;
        }

        return view is null ? Problems.NotFound() : Results.Ok(view);
    }
}
