using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>The data-protection officer's API: the audit trail (references only) and the verification of its hash chain.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequireAuthorization(Policies.DataProtectionOfficer).WithTags("Datenschutz");
        audit.MapGet("/", ReadAsync);
        audit.MapGet("/verification", async (IStorageProvider storage, CancellationToken cancellationToken) =>
            Results.Ok(await storage.Audit.VerifyAsync(cancellationToken)));
        return app;
    }

    /// <summary>Newest first; <c>next</c> is the <c>before</c> of the following page, null on the last page.</summary>
    private static async Task<IResult> ReadAsync(
        IStorageProvider storage,
        string? caseId,
        string? actor,
        DateTimeOffset? from,
        DateTimeOffset? to,
        long? before,
        int? limit,
        CancellationToken cancellationToken)
    {
        caseId = string.IsNullOrWhiteSpace(caseId) ? null : caseId.Trim();
        if (caseId is not null && !CaseCommands.IsSafeId(caseId))
        {
            return Problems.Invalid("caseId", "Ein Fallzeichen besteht aus Buchstaben, Ziffern und Bindestrichen.");
        }

        var filter = new AuditFilter(caseId, string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), from, to, before, limit ?? 100);
        var entries = await storage.Audit.ReadAsync(filter, cancellationToken);
        return Results.Ok(new { entries, next = entries.Count == filter.PageSize ? entries[^1].Sequence : (long?)null });
    }
}
