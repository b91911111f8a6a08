using HeresHealthy.Web.Audit;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>The audit trail as the data-protection officer reads it through the API.</summary>
public static class AuditRows
{
    public static async Task<IReadOnlyList<AuditLine>> OfCaseAsync(this ApiClient officer, string caseId) =>
        (await officer.GetJsonAsync<AuditPage>($"/api/audit?caseId={Uri.EscapeDataString(caseId)}&limit=500")).Entries;

    public static async Task<IReadOnlyList<AuditLine>> OfActorAsync(this ApiClient officer, string actor) =>
        (await officer.GetJsonAsync<AuditPage>($"/api/audit?actor={Uri.EscapeDataString(actor)}&limit=500")).Entries;

    /// <summary>Asserts a row by this actor, for this action, with this status, exists.</summary>
    public static void HasRow(this IReadOnlyList<AuditLine> rows, string actor, string action, int status = 200) =>
        Assert.True(
            rows.Any(r => r.Actor == actor && r.Action == action && r.Status == status),
            $"No audit row ({actor}, {action}, {status}) among:{Environment.NewLine}"
            + string.Join(Environment.NewLine, rows.Select(r => $"  {r.Sequence} {r.Actor} {r.Action} {r.CaseId} {r.Status}")));
}
