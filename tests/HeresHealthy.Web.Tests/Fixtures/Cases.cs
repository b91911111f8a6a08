using HeresHealthy.Grains.Abstractions.Cases;
using System.Text.Json.Nodes;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Testing;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>Steps of the protocol through the API that many tests start from.</summary>
public static class Cases
{
    public static Task<CommandAnswer> AssignAsync(
        this ApiClient coordinator, string caseId, LotsinAccount lotsin, OverrideReason? overrideReason = null, string? overrideNote = null) =>
        coordinator.MustAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = lotsin.Id, overrideReason, overrideNote });

    public static Task<CommandAnswer> AcceptAsync(this ApiClient lotsin, string caseId) =>
        lotsin.MustAsync($"/api/lotsin/cases/{caseId}/acceptance");

    /// <summary>
    /// Closes a case the Lotsin holds, at the end of a test: the demo Lotsinnen are shared by every test class, and a
    /// Lotsin whose capacity is full is refused further cases.
    /// </summary>
    public static Task<CommandAnswer> CloseAsync(this ApiClient lotsin, string caseId) =>
        lotsin.MustAsync($"/api/lotsin/cases/{caseId}/closing", new { outcome = CaseOutcome.GoalsReached, feedback = "Abschluss nach dem Test." });

    /// <summary>The Lotsin's name, as the practice and the kiosk are shown it.</summary>
    public static async Task<string> NameAsync(this ApiClient lotsin) =>
        (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).Profile.Name;

    /// <summary>Refers a family (with <paramref name="form"/> if given) and has the coordinator assign it and the Lotsin accept it.</summary>
    public static async Task<string> ReferAcceptedAsync(this WebApp app, ApiClient practice, LotsinAccount lotsin, JsonObject? form = null)
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var navigator = await app.SignInAsync(lotsin.UserName);
        var caseId = await practice.ReferAsync(form ?? Referral.Form());
        await coordinator.AssignAsync(caseId, lotsin);
        await navigator.AcceptAsync(caseId);
        return caseId;
    }

    /// <summary>Waits until the Lotsin's case list (a read model fed by the event log) shows the case as <paramref name="holds"/> wants.</summary>
    public static async Task<LotsinCaseView> ListedForLotsinAsync(this ApiClient lotsin, string caseId, Func<LotsinCaseView, bool> holds, string what)
    {
        LotsinCaseView? listed = null;
        await Eventually.HoldsAsync(
            async () => (listed = (await lotsin.GetJsonAsync<List<LotsinCaseView>>("/api/lotsin/cases")).FirstOrDefault(c => c.CaseId == caseId && holds(c))) is not null,
            $"case {caseId} in GET /api/lotsin/cases: {what}");
        return listed ?? throw new InvalidOperationException(caseId);
    }

    /// <summary>Waits until the Lotsin's case list no longer shows the case.</summary>
    public static Task NotListedForLotsinAsync(this ApiClient lotsin, string caseId) =>
        Eventually.HoldsAsync(
            async () => (await lotsin.GetJsonAsync<List<LotsinCaseView>>("/api/lotsin/cases")).All(c => c.CaseId != caseId),
            $"case {caseId} gone from GET /api/lotsin/cases");
}
