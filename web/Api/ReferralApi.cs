using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>The practice's API: refer a family, watch its referrals, write to the Lotsin, withdraw.</summary>
public static class ReferralApi
{
    public static IEndpointRouteBuilder MapReferralApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/api/referrals").RequireAuthorization(Policies.Practice).WithTags("Praxis");
        referrals.MapPost("/", ReferAsync).RequireRateLimiting(RateLimits.Referral);
        referrals.MapGet("/", ListAsync);
        referrals.MapGet("/{caseId}", GetAsync);
        referrals.MapPost("/{caseId}/withdrawal", (IGrainFactory g, ClaimsPrincipal u, string caseId, ReasonRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new Withdraw(r.CommandId ?? "", a, r.Reason ?? "")));
        referrals.MapPost("/{caseId}/messages", (IGrainFactory g, ClaimsPrincipal u, string caseId, TextRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new AddPracticeMessage(r.CommandId ?? "", a, r.Text ?? "")));
        referrals.MapPost("/{caseId}/consent-withdrawal", (IGrainFactory g, ClaimsPrincipal u, string caseId, CommandRequest r) =>
            CaseCommands.SendAsync(g, u, caseId, a => new WithdrawConsent(r.CommandId ?? "", a)));
        app.MapGet("/api/presence", async (IGrainFactory g, ClaimsPrincipal u) =>
                Results.Ok(new { anyOnDuty = await g.GetGrain<IWorkloadBoardGrain>(u.ToActor().Network).AnyOnDutyAsync() }))
            .RequireAuthorization(Policies.Practice).WithTags("Praxis");
        return app;
    }

    /// <summary>The case id is allocated from the practice and the command id (<see cref="ReferralCaseId"/>), so a retried referral lands on the same case.</summary>
    private static Task<IResult> ReferAsync(IGrainFactory grains, ClaimsPrincipal user, TimeProvider time, ReferralRequest request)
    {
        if (!CaseCommands.IsSafeId(request.CommandId))
        {
            return Task.FromResult(Problems.Invalid("commandId", "Eine Befehlskennung (Buchstaben, Ziffern, Bindestriche) ist nötig."));
        }

        var now = time.GetUtcNow();
        var consent = request.Consent;
        var givenAt = consent?.GivenAt ?? now;
        return CaseCommands.SendAsync(grains, user, ReferralCaseId.Of(user.ToActor(), request.CommandId!), actor => new Refer(
            request.CommandId!,
            actor,
            actor.Network,
            request.Municipality ?? "",
            request.District ?? "",
            request.Needs ?? [],
            request.Family!,
            new Consent(
                consent?.GivenBy,
                givenAt,
                [Consent.Lotsendienst, .. consent?.NamedHelpOffers ?? []],
                consent is { FeedbackToPractice: true } ? [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice] : [ConsentPurpose.Referral],
                // A far-future givenAt (refused by the validation as in the future) must not overflow the default validity.
                consent?.ValidUntil ?? (givenAt < DateTimeOffset.MaxValue.AddYears(-1) ? givenAt.AddYears(1) : DateTimeOffset.MaxValue)),
            request.FamilyPresentNow,
            request.Note));
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var actor = user.ToActor();
        var ids = await grains.GetGrain<IWorkloadBoardGrain>(actor.Network).GetCasesOfPracticeAsync(actor.Id);
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<IFamilyCaseGrain>(id).GetPracticeViewAsync(actor.Id)));
        var listed = views.OfType<PracticeCaseView>().ToList();
        AuditScope.RecordReads(http, listed.Select(v => v.CaseId));
        return Results.Ok(listed);
    }

    private static async Task<IResult> GetAsync(IGrainFactory grains, ClaimsPrincipal user, string caseId)
    {
        var view = CaseCommands.IsSafeId(caseId) ? await grains.GetGrain<IFamilyCaseGrain>(caseId).GetPracticeViewAsync(user.ToActor().Id) : null;
        return view is null ? Problems.NotFound() : Results.Ok(view);
    }
}
