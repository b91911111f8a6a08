using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>
/// The admin's set-up of her network: places, practices, Lotsinnen and accounts. Admins see no case content: nothing
/// here reads a case. Every request is audited like any other (the audit filter of the /api group).
/// </summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(Policies.Admin).WithTags("Verwaltung");
        admin.MapGet("/network", async (IGrainFactory g, ClaimsPrincipal u) => Results.Ok(await NetworkOf(g, u).GetSetupAsync()));
        admin.MapPost("/places", (IGrainFactory g, ClaimsPrincipal u, PlaceRequest r) =>
            SendAsync(r.CommandId, id => NetworkOf(g, u).AddDistrictAsync(id, r.Municipality ?? "", r.District ?? "")));
        admin.MapPost("/practices", (IGrainFactory g, ClaimsPrincipal u, PracticeRequest r) =>
            SaveAsync(r.CommandId, id => NetworkOf(g, u).SavePracticeAsync(id, AdminInput.Practice(r, u))));
        admin.MapPost("/lotsinnen", (IGrainFactory g, ClaimsPrincipal u, LotsinRequest r) => AdminInput.CheckLotsin(r) is { } problem
            ? Task.FromResult(problem)
            : SaveAsync(r.CommandId, id => NetworkOf(g, u).SaveLotsinAsync(id, AdminInput.Lotsin(r, u))));
        admin.MapPost("/accounts", (IGrainFactory g, ClaimsPrincipal u, AccountRequest r) => AdminInput.CheckAccount(r) is { } problem
            ? Task.FromResult(problem)
            : SendAsync(r.CommandId, id => NetworkOf(g, u).CreateAccountAsync(id, AdminInput.Account(r, u), r.FirstPassword!)));
        admin.MapPost("/accounts/{userName}/password-reset", (IGrainFactory g, ClaimsPrincipal u, string userName, PasswordResetRequest r) =>
            SendAsync(r.CommandId, id => NetworkOf(g, u).ResetPasswordAsync(id, userName, r.FirstPassword ?? "")));
        admin.MapPost("/accounts/{userName}/disable", (IGrainFactory g, ClaimsPrincipal u, string userName, CommandRequest r) =>
            SendAsync(r.CommandId, id => NetworkOf(g, u).SetAccountDisabledAsync(id, userName, disabled: true)));
        admin.MapPost("/accounts/{userName}/enable", (IGrainFactory g, ClaimsPrincipal u, string userName, CommandRequest r) =>
            SendAsync(r.CommandId, id => NetworkOf(g, u).SetAccountDisabledAsync(id, userName, disabled: false)));
        admin.MapPost("/import/practices", (IGrainFactory g, ClaimsPrincipal u, ImportRequest r) =>
            ImportAsync(r, NetworkImport.PracticeColumns, rows => NetworkImport.PracticesAsync(g, u.ToActor().Network, rows, r.CommandId!, r.DryRun)));
        admin.MapPost("/import/lotsinnen", (IGrainFactory g, ClaimsPrincipal u, ImportRequest r) =>
            ImportAsync(r, NetworkImport.LotsinColumns, rows => NetworkImport.LotsinnenAsync(g, u.ToActor().Network, rows, r.CommandId!, r.DryRun)));
        return app;
    }

    private static INetworkGrain NetworkOf(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<INetworkGrain>(user.ToActor().Network);

    private static async Task<IResult> SendAsync(string? commandId, Func<string, Task<CommandResult>> send)
    {
        if (!CaseCommands.IsSafeId(commandId))
        {
            return CaseCommands.InvalidCommandId();
        }

        var result = await send(commandId!);
        return result.Accepted || result.Refusal is null ? Results.Ok(new { repeated = result.Repeated }) : Problems.From(result.Refusal);
    }

    private static async Task<IResult> SaveAsync(string? commandId, Func<string, Task<SetupResult>> save)
    {
        if (!CaseCommands.IsSafeId(commandId))
        {
            return CaseCommands.InvalidCommandId();
        }

        var (result, id) = await save(commandId!);
        return result.Accepted || result.Refusal is null ? Results.Ok(new { id, repeated = result.Repeated }) : Problems.From(result.Refusal);
    }

    private static async Task<IResult> ImportAsync(
        ImportRequest request, IReadOnlyList<string> columns, Func<IReadOnlyList<IReadOnlyDictionary<string, string>>, Task<ImportReport>> import)
    {
        if (!CaseCommands.IsSafeId(request.CommandId))
        {
            return CaseCommands.InvalidCommandId();
        }

        if (!CsvRows.TryRead(request.Csv, columns, out var rows, out var problem))
        {
            return Problems.Invalid("csv", problem!);
        }

        return Results.Ok(await import(rows));
    }
}
