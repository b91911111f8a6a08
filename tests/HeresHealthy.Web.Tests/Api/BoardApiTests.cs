using System.Net;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>The coordinator's board (web/Api/BoardApi.cs): queue, caseloads, suggestions, the minimised case view.</summary>
public sealed class BoardApiTests(WebApp app)
{
    [Fact]
    public async Task A_new_referral_waits_in_the_boards_queue_without_the_familys_data()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);

        string text = "";
        await Eventually.HoldsAsync(
            async () => Json.Parse<BoardView>(text = await coordinator.GetTextAsync("/api/board")).Queue.Any(q => q.CaseId == caseId),
            $"case {caseId} in the board's queue");

        var board = Json.Parse<BoardView>(text);
        var queued = board.Queue.Single(q => q.CaseId == caseId);
        Assert.Equal((CaseStatus.Referred, "Wanne", null), (queued.Status, queued.District, queued.OfferedTo));
        Assert.StartsWith("Kinder- und Jugendarztpraxis Dr. ", queued.PracticeName, StringComparison.Ordinal);
        Assert.Matches(@"^HH-\d{4}-\d{4}$", queued.Reference);
        Assert.Equal(HeresHealthy.Grains.Domain.WorkingDays.Add(queued.ReferredAt, 1), queued.DueAt);
        Assert.NotEmpty(board.ActiveToday);
        Assert.Equal(board.Lotsinnen.Sum(l => l.Active), board.ActiveToday[^1].Active);
        Assert.DoesNotContain(form.GuardianName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ChildFirstName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("0176 5550123", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinators_case_view_has_no_personal_data()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);

        var text = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        var view = Json.Parse<CoordinatorCaseView>(text);
        Assert.Equal((caseId, CaseStatus.Referred, "praxis-05"), (view.CaseId, view.Status, view.PracticeId));
        Assert.DoesNotContain(form.GuardianName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hauptstraße", text, StringComparison.Ordinal);
        Assert.DoesNotContain("erschöpft", text, StringComparison.Ordinal);
        using var missing = await coordinator.GetAsync($"/api/board/cases/{ApiClient.NewCommandId()}");
        await Problem.ReadAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_board_suggests_Lotsinnen_for_a_waiting_referral()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());

        List<AssignmentSuggestion> suggestions = [];
        await Eventually.HoldsAsync(
            async () => (suggestions = await coordinator.GetJsonAsync<List<AssignmentSuggestion>>($"/api/board/cases/{caseId}/suggestions")).Count > 0,
            "suggestions for the new referral");

        Assert.Contains(suggestions, s => s.LotsinId == DemoUsers.Lotsin4.Id && s.NeedsOverride);
        Assert.Contains(suggestions, s => !s.NeedsOverride && s.FreeCapacity > 0);
    }

    [Fact]
    public async Task Consent_withdrawn_through_the_coordinator_closes_the_case()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);

        await coordinator.MustAsync($"/api/board/cases/{caseId}/consent-withdrawal");

        var view = await coordinator.GetJsonAsync<CoordinatorCaseView>($"/api/board/cases/{caseId}");
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ConsentWithdrawn), (view.Status, view.Outcome));
        var practiceView = await practice.GetTextAsync($"/api/referrals/{caseId}");
        Assert.DoesNotContain(form.GuardianName(), practiceView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_of_the_network_sees_every_Lotsins_caseload_against_her_capacity()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);

        var board = await coordinator.GetJsonAsync<BoardView>("/api/board");

        Assert.Equal(["lotsin-1", "lotsin-2", "lotsin-3", "lotsin-4", "lotsin-5", "lotsin-6"], board.Lotsinnen.Select(l => l.LotsinId).Order());
        Assert.Equal(Availability.Away, board.Lotsinnen.Single(l => l.LotsinId == DemoUsers.Lotsin4.Id).Availability);
        Assert.All(board.Lotsinnen, l => Assert.True(l.Capacity > 0));
    }
}
