using System.Net;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>The coordinator's commands (web/Api/BoardApi.cs): assign, unassign, reassign, and their refusals.</summary>
public sealed class AssignmentTests(WebApp app)
{
    [Fact]
    public async Task An_assigned_case_is_offered_to_the_Lotsin_and_once_accepted_the_practice_sees_her_name()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin5.UserName);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);

        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin5);

        var offer = await lotsin.ListedForLotsinAsync(caseId, c => c.Status == CaseStatus.Assigned, "offered");
        Assert.False(offer.IsResponsible);
        Assert.Null(offer.Family);
        Assert.Equal([NeedCategory.Language, NeedCategory.Isolation], offer.Needs);
        Assert.Null((await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}")).LotsinName);

        await lotsin.AcceptAsync(caseId);

        var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}");
        Assert.Equal((CaseStatus.Accepted, await lotsin.NameAsync()), (view.Status, view.LotsinName));
        Assert.Contains(view.Feedback, f => f.Kind == FeedbackKind.Takeover);
        var mine = await lotsin.ListedForLotsinAsync(caseId, c => c.Status == CaseStatus.Accepted, "accepted");
        Assert.Equal(form.GuardianName(), mine.Family?.GuardianName);
    }

    [Fact]
    public async Task Assigning_a_case_that_is_already_assigned_is_refused_with_409_naming_Assigned()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin5);
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var again = await coordinator.CommandAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = DemoUsers.Lotsin3.Id });

        await Problem.ConflictAsync(again, "Assigned");
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
    }

    [Fact]
    public async Task Assigning_without_a_Lotsin_is_refused_with_400_naming_the_field()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());

        using var response = await coordinator.CommandAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = "" });

        await Problem.InvalidAsync(response, "lotsinId");
        Assert.Equal(CaseStatus.Referred, (await coordinator.GetJsonAsync<CoordinatorCaseView>($"/api/board/cases/{caseId}")).Status);
    }

    [Fact]
    public async Task Assigning_to_an_unknown_Lotsin_is_404_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var response = await coordinator.CommandAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = "lotsin-99" });

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
    }

    [Fact]
    public async Task An_away_Lotsin_gets_no_offer_409_and_the_case_keeps_waiting()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var response = await coordinator.CommandAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = DemoUsers.Lotsin4.Id });

        var problem = await Problem.ConflictAsync(response, "Referred");
        Assert.Equal("NotAvailable", problem.Code);
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
    }

    [Fact]
    public async Task Assigning_beyond_capacity_is_refused_with_409_and_allowed_with_a_recorded_override()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin6.UserName);
        var capacity = (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).Profile.Capacity;
        for (var i = 0; i < capacity; i++)
        {
            await coordinator.AssignAsync(await practice.ReferAsync(Referral.Form()), DemoUsers.Lotsin6);
        }

        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var refused = await coordinator.CommandAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = DemoUsers.Lotsin6.Id });

        Assert.Equal("CapacityExceeded", (await Problem.ConflictAsync(refused, "Referred")).Code);
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
        Assert.Equal(capacity, (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).ActiveCases.Count);

        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin6, OverrideReason.AgreedWithLotsin, "Vertretung während der Urlaubszeit");

        var view = await coordinator.GetJsonAsync<CoordinatorCaseView>($"/api/board/cases/{caseId}");
        Assert.Equal((CaseStatus.Assigned, DemoUsers.Lotsin6.Id), (view.Status, view.LotsinId));
        var recorded = Assert.Single(view.Overrides);
        Assert.Equal((OverrideReason.AgreedWithLotsin, "Vertretung während der Urlaubszeit"), (recorded.Reason, recorded.Note));
        var me = await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me");
        Assert.Equal([caseId], me.OverCapacityCases);
    }

    [Fact]
    public async Task An_unassigned_case_waits_again_and_leaves_the_Lotsins_list()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin5.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin5);
        await lotsin.ListedForLotsinAsync(caseId, c => c.Status == CaseStatus.Assigned, "offered");

        await coordinator.MustAsync($"/api/board/cases/{caseId}/unassignment", new { reason = "Frau ist krank." });

        Assert.Equal(CaseStatus.Referred, (await coordinator.GetJsonAsync<CoordinatorCaseView>($"/api/board/cases/{caseId}")).Status);
        await lotsin.NotListedForLotsinAsync(caseId);
        using var accept = await lotsin.CommandAsync($"/api/lotsin/cases/{caseId}/acceptance");
        await Problem.ReadAsync(accept, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unassigning_a_waiting_referral_is_refused_with_409_naming_Referred()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await practice.ReferAsync(Referral.Form());

        using var response = await coordinator.CommandAsync($"/api/board/cases/{caseId}/unassignment", new { reason = "Versehen" });

        await Problem.ConflictAsync(response, "Referred");
    }

    [Fact]
    public async Task A_reassigned_case_moves_to_the_new_Lotsin_and_the_practice_sees_her_name()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var former = await app.SignInAsync(DemoUsers.Lotsin5.UserName);
        using var next = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin5);

        await coordinator.MustAsync($"/api/board/cases/{caseId}/reassignment", new { lotsinId = DemoUsers.Lotsin3.Id });

        Assert.Equal(await next.NameAsync(), (await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}")).LotsinName);
        var taken = await next.ListedForLotsinAsync(caseId, c => c.IsResponsible, "responsible after reassignment");
        Assert.Equal(CaseStatus.Accepted, taken.Status);
        await former.NotListedForLotsinAsync(caseId);
        using var formerRead = await former.GetAsync($"/api/lotsin/cases/{caseId}");
        await Problem.ReadAsync(formerRead, HttpStatusCode.NotFound);
        await next.CloseAsync(caseId);
    }

    [Fact]
    public async Task Reassigning_to_the_same_Lotsin_is_refused_with_400_naming_the_field()
    {
        using var practice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin5);
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var response = await coordinator.CommandAsync($"/api/board/cases/{caseId}/reassignment", new { lotsinId = DemoUsers.Lotsin5.Id });

        await Problem.InvalidAsync(response, "lotsinId");
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
    }
}
