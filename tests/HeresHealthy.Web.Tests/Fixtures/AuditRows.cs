using HeresHealthy.Web.Audit;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>The audit trail as the data-protection officer reads it through the API.</summary>
public static class AuditRows
{
    public static async Task<IReadOnlyList<AuditLine>> OfCaseAsync(this ApiClient officer, string caseId) =>
        (await officer.GetJsonAsync<AuditPage>($"/api/audit?caseId={Uri.EscapeDataString(caseId)}&limit=500")).Entries;

    /// <summary>
    /// Every row of this actor since a time, page after page: demo accounts are shared by test classes running at the
    /// same time, so their newest 500 rows need not reach back to the row a test looks for.
    /// </summary>
    public static async Task<IReadOnlyList<AuditLine>> OfActorAsync(this ApiClient officer, string actor, DateTimeOffset since, string query = "")
    {
        var rows = new List<AuditLine>();
        var filter = $"/api/audit?actor={Uri.EscapeDataString(actor)}&from={Uri.EscapeDataString(since.ToString("O"))}{query}&limit=500";
        for (long? before = null; ;)
        {
            var page = await officer.GetJsonAsync<AuditPage>(before is null ? filter : $"{filter}&before={before}");
            rows.AddRange(page.Entries);
            if ((before = page.Next) is null)
            {
                return rows;
            }
        }
    }

    /// <summary>Asserts a row by this actor, for this action, with this status, exists.</summary>
    public static void HasRow(this IReadOnlyList<AuditLine> rows, string actor, string action, int status = 200) =>
        Assert.True(
            rows.Any(r => r.Actor == actor && r.Action == action && r.Status == status),
            $"No audit row ({actor}, {action}, {status}) among:{Environment.NewLine}"
            + string.Join(Environment.NewLine, rows.Select(r => $"  {r.Sequence} {r.Actor} {r.Action} {r.CaseId} {r.Status}")));
}
