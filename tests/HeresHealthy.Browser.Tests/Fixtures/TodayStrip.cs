using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Grains.Domain;
using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// The strip of today's numbers above the coordinator's board (#heute), and the same numbers counted here from
/// GET /api/board with PROTOCOL.md's rules, independently of the page's script.
/// </summary>
public static class TodayStrip
{
    public static IReadOnlyList<string> Labels { get; } = ["Neu heute", "Offene Fälle", "Ohne Lotsin", "Überfällig", "Lotsinnen im Dienst"];

    /// <summary>The value shown under a label, e.g. "3" or "4 von 6".</summary>
    public static ILocator Value(IPage page, string label) =>
        page.Locator("#heute .figure").Filter(new() { HasText = label }).Locator("dd");

    public static async Task<int> NumberAsync(IPage page, string label) =>
        int.Parse(await Value(page, label).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Label → value, as the page shows them.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ShownAsync(IPage page)
    {
        var shown = new Dictionary<string, string>();
        foreach (var label in Labels)
        {
            shown[label] = (await Value(page, label).InnerTextAsync()).Trim();
        }

        return shown;
    }

    /// <summary>Label → value, counted from the board the coordinator's API returns now.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ExpectedAsync(HttpClient coordinator)
    {
        var board = await coordinator.GetFromJsonAsync<JsonElement>("/api/board", TestContext.Current.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        var queue = board.GetProperty("queue").EnumerateArray().ToList();
        var open = queue.Concat(board.GetProperty("caseload").EnumerateArray()).ToList();
        var flags = board.GetProperty("overdue").EnumerateArray().ToList();
        var lotsinnen = board.GetProperty("lotsinnen").EnumerateArray().ToList();
        var late = flags.Select(f => f.GetProperty("caseId").GetString()).ToHashSet();
        late.UnionWith(queue.Where(q => Status(q) == "Referred" && AssignmentDue(q) <= now).Select(q => q.GetProperty("caseId").GetString()));
        return new Dictionary<string, string>
        {
            ["Neu heute"] = Count(open.Count(c => GermanTime.DateOf(ReferredAt(c)) == GermanTime.DateOf(now))),
            ["Offene Fälle"] = Count(board.GetProperty("openCases").GetInt32()),
            ["Ohne Lotsin"] = Count(queue.Count(q => Status(q) == "Referred")),
            ["Überfällig"] = Count(late.Count),
            ["Lotsinnen im Dienst"] = $"{lotsinnen.Count(l => l.GetProperty("availability").GetString() == "OnDuty")} von {lotsinnen.Count}",
        };
    }

    // A waiting referral is to be assigned by the due time the server computed (15 minutes if urgent, else 1 working
    // day after it came back to the queue; tested in BoardDeadlineAndChartTests).
    private static DateTimeOffset AssignmentDue(JsonElement queued) => queued.GetProperty("dueAt").GetDateTimeOffset();

    private static string Status(JsonElement item) => item.GetProperty("status").GetString() ?? "";

    private static DateTimeOffset ReferredAt(JsonElement item) => item.GetProperty("referredAt").GetDateTimeOffset();

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
