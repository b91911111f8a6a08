using System.Net;
using System.Text.Json.Nodes;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>The practice's API (web/Api/ReferralApi.cs): refer, follow, write, withdraw.</summary>
public sealed class ReferralApiTests(WebApp app)
{
    [Fact]
    public async Task A_referred_family_appears_in_the_practices_list_as_Referred()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();

        using var response = await practice.PostAsync("/api/referrals", form);

        var answer = await CommandAnswer.ReadAsync(response, "/api/referrals");
        Assert.Equal((form.CaseId(), 1L, false), (answer.CaseId, answer.Sequence, answer.Repeated));
        var listed = await ListedAsync(practice, answer.CaseId);
        Assert.Equal(CaseStatus.Referred, listed.Status);
        Assert.Equal([NeedCategory.Language, NeedCategory.Isolation], listed.Needs);
        var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{answer.CaseId}");
        Assert.Equal(form.GuardianName(), view.Family?.GuardianName);
        Assert.Equal(FeedbackKind.Receipt, Assert.Single(view.Feedback).Kind);
        Assert.Null(view.LotsinName);
    }

    [Fact]
    public async Task A_retried_referral_with_the_same_command_id_takes_effect_once()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();

        using var first = await practice.PostAsync("/api/referrals", form);
        using var retry = await practice.PostAsync("/api/referrals", form);

        var (once, again) = (await CommandAnswer.ReadAsync(first, "first"), await CommandAnswer.ReadAsync(retry, "retry"));
        Assert.Equal((form.CaseId(), 1L, false), (once.CaseId, once.Sequence, once.Repeated));
        Assert.Equal((form.CaseId(), 1L, true), (again.CaseId, again.Sequence, again.Repeated));
        await ListedAsync(practice, form.CaseId());
        var list = await practice.GetJsonAsync<List<PracticeCaseView>>("/api/referrals");
        Assert.Single(list, c => c.CaseId == form.CaseId());
        var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{form.CaseId()}");
        Assert.Single(view.Feedback);
    }

    [Fact]
    public async Task The_server_allocates_the_case_id_so_the_same_command_id_from_two_practices_makes_two_cases()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var other = await app.SignInAsync(DemoUsers.OtherPractice);
        var form = Referral.Form();
        var before = await practice.GetTextAsync($"/api/referrals/{await practice.ReferAsync(form)}");

        using var same = await other.PostAsync("/api/referrals", form);
        var victimsId = Referral.Form();
        victimsId["commandId"] = form.CaseId();
        using var victims = await other.PostAsync("/api/referrals", victimsId);

        var (sameAnswer, victimsAnswer) = (await CommandAnswer.ReadAsync(same, "same command id"), await CommandAnswer.ReadAsync(victims, "case id as command id"));
        Assert.Equal((1L, false), (sameAnswer.Sequence, sameAnswer.Repeated));
        Assert.Equal((1L, false), (victimsAnswer.Sequence, victimsAnswer.Repeated));
        Assert.DoesNotContain(form.CaseId(), new[] { sameAnswer.CaseId, victimsAnswer.CaseId });
        Assert.NotEqual(form["commandId"]!.GetValue<string>(), form.CaseId());
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{form.CaseId()}"));
        var list = await other.GetJsonAsync<List<PracticeCaseView>>("/api/referrals");
        Assert.Contains(list, c => c.CaseId == sameAnswer.CaseId);
        Assert.DoesNotContain(list, c => c.CaseId == form.CaseId());
    }

    [Fact]
    public async Task Another_practice_gets_404_for_the_case_and_cannot_change_it()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var other = await app.SignInAsync(DemoUsers.OtherPractice);
        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await practice.GetTextAsync($"/api/referrals/{caseId}");

        using var read = await other.GetAsync($"/api/referrals/{caseId}");
        using var withdraw = await other.CommandAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Versehen" });
        using var message = await other.CommandAsync($"/api/referrals/{caseId}/messages", new { text = "Hallo" });

        await Problem.ReadAsync(read, HttpStatusCode.NotFound);
        await Problem.ReadAsync(withdraw, HttpStatusCode.NotFound);
        await Problem.ReadAsync(message, HttpStatusCode.NotFound);
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{caseId}"));
        var list = await other.GetJsonAsync<List<PracticeCaseView>>("/api/referrals");
        Assert.DoesNotContain(list, c => c.CaseId == caseId);
    }

    [Fact]
    public async Task Each_referral_gets_a_readable_reference_its_practice_sees_and_no_other_practice_does()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var other = await app.SignInAsync(DemoUsers.OtherPractice);
        var first = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{await practice.ReferAsync(Referral.Form())}");
        var second = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{await practice.ReferAsync(Referral.Form())}");

        Assert.Matches($@"^HH-{DateTime.UtcNow.Year}-\d{{4}}$", first.Reference);
        Assert.True(string.CompareOrdinal(first.Reference, second.Reference) < 0, $"{first.Reference} before {second.Reference}");
        var othersList = await other.GetTextAsync("/api/referrals");
        Assert.DoesNotContain(first.Reference!, othersList, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Reference!, othersList, StringComparison.Ordinal);
        using var byReference = await practice.GetAsync($"/api/referrals/{first.Reference}");
        await Problem.ReadAsync(byReference, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_case_that_does_not_exist_is_404()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);

        using var missing = await practice.GetAsync($"/api/referrals/{ApiClient.NewCommandId()}");
        using var malformed = await practice.GetAsync("/api/referrals/not_a%20valid_id");

        await Problem.ReadAsync(missing, HttpStatusCode.NotFound);
        await Problem.ReadAsync(malformed, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_practice_may_withdraw_a_referral_nobody_accepted_yet()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var caseId = await practice.ReferAsync(Referral.Form());

        await practice.MustAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Familie hat sich anders entschieden." });

        var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}");
        Assert.Equal((CaseStatus.Closed, true), (view.Status, view.Ended));
    }

    [Fact]
    public async Task A_withdrawal_without_a_reason_is_refused_with_400_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await practice.GetTextAsync($"/api/referrals/{caseId}");

        using var response = await practice.CommandAsync($"/api/referrals/{caseId}/withdrawal", new { reason = " " });

        await Problem.InvalidAsync(response, "reason");
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{caseId}"));
    }

    [Fact]
    public async Task A_withdrawal_after_a_Lotsin_accepted_is_refused_with_409_naming_Accepted_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin5.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.MustAsync($"/api/board/cases/{caseId}/assignment", new { lotsinId = DemoUsers.Lotsin5.Id });
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/acceptance");
        var before = await practice.GetTextAsync($"/api/referrals/{caseId}");

        using var response = await practice.CommandAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Doch nicht nötig." });

        await Problem.ConflictAsync(response, "Accepted");
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{caseId}"));
    }

    [Fact]
    public async Task A_message_of_the_practice_shows_in_its_view_of_the_case()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var caseId = await practice.ReferAsync(Referral.Form());

        await practice.MustAsync($"/api/referrals/{caseId}/messages", new { text = "Die Mutter ist donnerstags gut erreichbar." });

        var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}");
        Assert.Equal("Die Mutter ist donnerstags gut erreichbar.", Assert.Single(view.Messages).Text);
    }

    [Fact]
    public async Task Withdrawn_consent_ends_the_case_and_erases_the_familys_data_from_the_practices_view()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();
        var caseId = await practice.ReferAsync(form);

        await practice.MustAsync($"/api/referrals/{caseId}/consent-withdrawal");

        var text = await practice.GetTextAsync($"/api/referrals/{caseId}");
        var view = Json.Parse<PracticeCaseView>(text);
        Assert.Equal((CaseStatus.Closed, true, null), (view.Status, view.Ended, view.Family));
        Assert.DoesNotContain(form.GuardianName(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ChildFirstName(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_practice_sees_whether_a_Lotsin_is_on_duty_now()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);

        var presence = await practice.GetJsonAsync<JsonObject>("/api/presence");

        Assert.True(presence["anyOnDuty"]?.GetValue<bool>(), "The demo network has Lotsinnen on duty.");
    }

    private static async Task<PracticeCaseView> ListedAsync(ApiClient practice, string caseId)
    {
        PracticeCaseView? listed = null;
        await Eventually.HoldsAsync(
            async () => (listed = (await practice.GetJsonAsync<List<PracticeCaseView>>("/api/referrals")).FirstOrDefault(c => c.CaseId == caseId)) is not null,
            $"case {caseId} in GET /api/referrals");
        return listed ?? throw new InvalidOperationException(caseId);
    }
}
