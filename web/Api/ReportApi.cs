using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>
/// The protected reports of the caller's network, for the coordinator and the reporting role (Berichte): as JSON and
/// as a CSV download. Only whole months, quarters and years and the fixed breakdowns are accepted.
/// </summary>
public static class ReportApi
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").RequireAuthorization(Policies.ReportReader).WithTags("Berichte");
        reports.MapGet("/", async (IGrainFactory g, ClaimsPrincipal u, string? period, string? by) =>
            Read(period, by, out var query) is { } problem ? problem : Results.Ok(await ReportAsync(g, u, query)));
        reports.MapGet("/csv", async (IGrainFactory g, ClaimsPrincipal u, string? period, string? by) =>
            Read(period, by, out var query) is { } problem
                ? problem
                : Results.File(ReportCsv.Write(await ReportAsync(g, u, query)), "text/csv; charset=utf-8", $"bericht-{query.Period}-{query.By}.csv"));
        reports.MapGet("/workshops/csv", async (IGrainFactory g, ClaimsPrincipal u, string? period) =>
            Read(period, null, out var query) is { } problem
                ? problem
                : Results.File(ReportCsv.WriteWorkshops(await ReportAsync(g, u, query)), "text/csv; charset=utf-8", $"elternwerkstaetten-{query.Period}.csv"));
        return app;
    }

    private static Task<ReportView> ReportAsync(IGrainFactory grains, ClaimsPrincipal user, (ReportPeriod Period, ReportBreakdown By) query) =>
        grains.GetGrain<IReportGrain>(user.ToActor().Network).GetReportAsync(query.Period, query.By);

    /// <summary>The period and breakdown of a request, or the problem naming the field that is wrong.</summary>
    private static IResult? Read(string? period, string? by, out (ReportPeriod Period, ReportBreakdown By) query)
    {
        var breakdown = ReportBreakdown.Municipality;
        query = default;
        if (!ReportPeriod.TryParse(period?.Trim(), out var parsed))
        {
            return Problems.Invalid("period", "Der Zeitraum ist ein ganzer Monat (2026-11), ein Quartal (2026-Q4) oder ein Jahr (2026).");
        }

        if (by is not null && !ReportWords.Breakdowns.TryGetValue(by.Trim(), out breakdown))
        {
            return Problems.Invalid("by", "Aufschlüsseln lässt sich nach municipality (Gemeinde), district (Stadtteil), practiceGroup (Gemeinde der Praxis) oder need (Bedarf).");
        }

        query = (parsed, breakdown);
        return null;
    }
}
