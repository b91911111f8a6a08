using HeresHealthy.Silo.Storage;
using HeresHealthy.Web.Audit;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>
/// The data-protection officer's API: the audit trail (references only, each with who, what and the outcome in German
/// words), filtered by case, person and time; its CSV export; and the verification of its hash chain.
/// </summary>
public static class AuditApi
{
    /// <summary>The most rows one export holds; a larger range is to be narrowed by the filters.</summary>
    public const int MaxExportRows = 100_000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequireAuthorization(Policies.DataProtectionOfficer).WithTags("Datenschutz");
        audit.MapGet("/", ReadAsync);
        audit.MapGet("/export", ExportAsync);
        audit.MapGet("/verification", async (IStorageProvider storage, CancellationToken cancellationToken) =>
            Results.Ok(await storage.Audit.VerifyAsync(cancellationToken)));
        return app;
    }

    /// <summary>Newest first; <c>next</c> is the <c>before</c> of the following page, null on the last page.</summary>
    private static async Task<IResult> ReadAsync(
        IStorageProvider storage, IGrainFactory grains, string? caseId, string? actor, DateTimeOffset? from, DateTimeOffset? to, long? before, int? limit,
        CancellationToken cancellationToken)
    {
        var people = new AuditPeople(grains);
        var (filter, invalid) = await FilterAsync(people, caseId, actor, from, to, before, limit ?? 100);
        if (invalid is not null)
        {
            return invalid;
        }

        var entries = await storage.Audit.ReadAsync(filter, cancellationToken);
        return Results.Ok(new { entries = await LinesAsync(people, entries), next = entries.Count == filter.PageSize ? entries[^1].Sequence : (long?)null });
    }

    /// <summary>Every entry the filters select, newest first, as a CSV file (<see cref="AuditCsv"/>).</summary>
    private static async Task<IResult> ExportAsync(
        IStorageProvider storage, IGrainFactory grains, TimeProvider time, string? caseId, string? actor, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken cancellationToken)
    {
        var people = new AuditPeople(grains);
        var (filter, invalid) = await FilterAsync(people, caseId, actor, from, to, null, AuditFilter.MaxLimit);
        if (invalid is not null)
        {
            return invalid;
        }

        var lines = new List<AuditLine>();
        while (lines.Count < MaxExportRows)
        {
            var page = await storage.Audit.ReadAsync(filter, cancellationToken);
            lines.AddRange(await LinesAsync(people, page));
            if (page.Count < filter.PageSize)
            {
                break;
            }

            filter = filter with { BeforeSequence = page[^1].Sequence };
        }

        var name = $"zugriffsprotokoll-{Grains.Domain.GermanTime.Today(time):yyyy-MM-dd}.csv";
        return Results.File(AuditCsv.Write(lines), AuditCsv.ContentType, name);
    }

    private static async Task<(AuditFilter Filter, IResult? Invalid)> FilterAsync(
        AuditPeople people, string? caseId, string? actor, DateTimeOffset? from, DateTimeOffset? to, long? before, int limit)
    {
        caseId = string.IsNullOrWhiteSpace(caseId) ? null : caseId.Trim();
        var invalid = caseId is not null && !CaseCommands.IsSafeId(caseId)
                ? Problems.Invalid("caseId", "Ein Fallzeichen besteht aus Buchstaben, Ziffern und Bindestrichen.")
            : from >= to
                ? Problems.Invalid("to", "„Bis“ muss nach „Von“ liegen.")
            : actor?.Trim().Length > 200
                ? Problems.Invalid("actor", "Höchstens 200 Zeichen.")
            : limit is < 1 or > AuditFilter.MaxLimit
                ? Problems.Invalid("limit", $"Zwischen 1 und {AuditFilter.MaxLimit} Einträgen je Seite.")
            : null;
        var person = string.IsNullOrWhiteSpace(actor) || invalid is not null ? null : await people.ActorOfAsync(actor.Trim());
        return (new AuditFilter(caseId, person, from, to, before, limit), invalid);
    }

    private static async Task<IReadOnlyList<AuditLine>> LinesAsync(AuditPeople people, IReadOnlyList<AuditRecord> entries)
    {
        var lines = new List<AuditLine>(entries.Count);
        foreach (var e in entries)
        {
            lines.Add(new AuditLine(
                e.Sequence, e.Time, e.Actor, e.Action, e.CaseId, e.Status, e.PreviousHash, e.Hash, await people.WhoAsync(e.Actor), AuditWording.What(e.Action), AuditWording.Outcome(e.Status)));
        }

        return lines;
    }
}
