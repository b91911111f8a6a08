using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>
/// The network's directory of help offers: Lotsinnen and the coordinator read it (inactive offers too, marked, since
/// they stay on the cases that named them); the coordinator creates and changes offers, deactivation included.
/// </summary>
public static class HelpOfferApi
{
    public static IEndpointRouteBuilder MapHelpOfferApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/help-offers", async (IGrainFactory g, ClaimsPrincipal u) =>
                Results.Ok(await Directory(g, u).GetAllAsync()))
            .RequireAuthorization(Policies.CaseWorker).WithTags("Lotsin");
        var coordinator = app.MapGroup("/api/help-offers").RequireAuthorization(Policies.Coordinator).WithTags("Koordination");
        coordinator.MapPost("/", (IGrainFactory g, ClaimsPrincipal u, HelpOfferRequest r) =>
            SendAsync(r, CaseCommands.IsSafeId(r.CommandId) ? NewId(u.ToActor(), r.CommandId!) : "", (id, offer) => Directory(g, u).CreateAsync(id, offer)));
        coordinator.MapPut("/{offerId}", (IGrainFactory g, ClaimsPrincipal u, string offerId, HelpOfferRequest r) =>
            SendAsync(r, offerId, (id, offer) => Directory(g, u).UpdateAsync(id, offer)));
        return app;
    }

    /// <summary>
    /// A new offer's id, from the network and the command id: a retried creation lands on the same offer (as
    /// <see cref="ReferralCaseId"/> does for referrals).
    /// </summary>
    public static string NewId(Actor coordinator, string commandId) =>
        "angebot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"heres-help-offer\n{coordinator.Network}\n{commandId}")).AsSpan(0, 8));

    private static IHelpOfferDirectoryGrain Directory(IGrainFactory grains, ClaimsPrincipal user) =>
        grains.GetGrain<IHelpOfferDirectoryGrain>(user.ToActor().Network);

    private static async Task<IResult> SendAsync(HelpOfferRequest request, string offerId, Func<string, HelpOffer, Task<CommandResult>> send)
    {
        if (!CaseCommands.IsSafeId(request.CommandId))
        {
            return CaseCommands.InvalidCommandId();
        }

        if (!CaseCommands.IsSafeId(offerId))
        {
            return Results.Problem("Dieses Hilfeangebot gibt es im Netzwerk nicht.", statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");
        }

        var result = await send(request.CommandId!, request.ToOffer(offerId));
        return result.Accepted ? Results.Ok(new { offerId, repeated = result.Repeated }) : Problems.From(result.Refusal ?? new Refusal(RefusalCode.InvalidInput, "Abgelehnt."));
    }
}
