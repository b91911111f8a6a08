using System.Net;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>The Lotsin's API (web/Api/LotsinApi.cs): her offers and cases, and everything she records.</summary>
public sealed class LotsinApiTests(WebApp app)
{
    [Fact]
    public async Task A_Lotsin_sees_her_own_profile_and_cases()
    {
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);

        var me = await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me");

        Assert.Equal((DemoUsers.Lotsin1.Id, DemoUsers.Network), (me.Profile.Id, me.Profile.Network));
        Assert.Equal(Availability.OnDuty, me.Availability);
        var cases = await lotsin.GetJsonAsync<List<LotsinCaseView>>("/api/lotsin/cases");
        Assert.Contains(cases, c => c.CaseId == "demo-fall-07" && c.Status == CaseStatus.InCare && c.IsResponsible);
    }

    [Fact]
    public async Task A_Lotsin_records_contact_feedback_first_meeting_activity_onward_referral_and_closing()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var offer = (await lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers")).First(o => o.Kind == HelpOfferKind.EarlyHelp);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin2, Referral.Form(namedHelpOffers: [offer.Id]));
        var path = $"/api/lotsin/cases/{caseId}";

        await lotsin.MustAsync($"{path}/contact-attempts", new { reached = false, note = "intern: Mailbox" });
        await lotsin.MustAsync($"{path}/contact-attempts", new { reached = true, note = "intern: Mutter am Telefon" });
        await lotsin.MustAsync($"{path}/feedback", new { kind = FeedbackKind.FirstContact, text = "Erstes Treffen ist vereinbart." });
        await lotsin.MustAsync($"{path}/appointments", new { at = DateTimeOffset.UtcNow.AddDays(2), place = "Familienkiosk Herne", atKiosk = true });
        await lotsin.MustAsync($"{path}/first-meeting");
        await lotsin.MustAsync($"{path}/activities", new { kind = "Begleitung", note = "intern: zum Jobcenter begleitet" });
        var onward = await lotsin.MustAsync($"{path}/onward-referrals", new { offerId = offer.Id });
        var beforeContact = await lotsin.GetJsonAsync<LotsinCaseView>(path);
        Assert.Equal([offer.Id], beforeContact.ConsentedHelpOffers);
        var referralId = beforeContact.OnwardReferrals.Single().Id;
        using var update = await lotsin.CommandAsync($"{path}/onward-referrals/{referralId}", new { status = OnwardReferralStatus.Contacted }, method: HttpMethod.Put);
        await CommandAnswer.ReadAsync(update, "PUT onward-referrals");
        var closed = await lotsin.MustAsync($"{path}/closing", new { outcome = CaseOutcome.HandedOver, feedback = "Familie ist bei den Frühen Hilfen angebunden." });

        Assert.True(closed.Sequence > onward.Sequence);
        var mine = await lotsin.GetJsonAsync<LotsinCaseView>(path);
        Assert.Equal(CaseStatus.Closed, mine.Status);
        Assert.Equal([false, true], mine.ContactAttempts.Select(a => a.Reached));
        Assert.Equal("Begleitung", Assert.Single(mine.Activities).Kind);
        var referral = Assert.Single(mine.OnwardReferrals);
        Assert.Equal((offer.Id, OnwardReferralStatus.Contacted), (referral.OfferId, referral.Status));
        var text = await practice.GetTextAsync($"/api/referrals/{caseId}");
        var seen = Json.Parse<PracticeCaseView>(text);
        Assert.Equal((CaseStatus.Closed, true), (seen.Status, seen.Ended));
        Assert.Equal(
            [FeedbackKind.Receipt, FeedbackKind.Takeover, FeedbackKind.FirstContact, FeedbackKind.Closing],
            seen.Feedback.Select(f => f.Kind));
        Assert.Equal("Familie ist bei den Frühen Hilfen angebunden.", seen.Feedback[^1].Text);
        Assert.DoesNotContain("intern:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(offer.Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId, (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).ActiveCases);
    }

    [Fact]
    public async Task Contacting_a_help_offer_the_consent_does_not_name_is_refused_with_409_but_suggesting_it_is_not()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var (path, offer) = await SuggestedWithoutConsentAsync(practice, lotsin);
        var suggested = await lotsin.GetJsonAsync<LotsinCaseView>(path);
        Assert.Empty(suggested.ConsentedHelpOffers);
        var referralId = suggested.OnwardReferrals.Single().Id;

        using var contacted = await lotsin.CommandAsync($"{path}/onward-referrals/{referralId}", new { status = OnwardReferralStatus.Contacted }, method: HttpMethod.Put);

        var problem = await Problem.ConflictAsync(contacted, "InCare");
        Assert.Equal("NoConsent", problem.Code);
        Assert.Contains("nennt dieses Hilfeangebot nicht", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralStatus.Suggested, (await lotsin.GetJsonAsync<LotsinCaseView>(path)).OnwardReferrals.Single().Status);
        await lotsin.MustAsync($"{path}/closing", new { outcome = CaseOutcome.HandedOver, feedback = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task Consent_the_family_gives_later_for_an_offer_lets_the_Lotsin_mark_it_contacted()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var (path, offer) = await SuggestedWithoutConsentAsync(practice, lotsin);
        var before = await lotsin.GetTextAsync(path);

        using var withoutGiver = await lotsin.CommandAsync($"{path}/consent-extensions", new { offerId = offer.Id, givenAt = DateTimeOffset.UtcNow });
        using var withoutDate = await lotsin.CommandAsync($"{path}/consent-extensions", new { offerId = offer.Id, givenBy = "Ayşe Yılmaz" });
        using var unknown = await lotsin.CommandAsync($"{path}/consent-extensions", new { offerId = "gibt-es-nicht", givenBy = "Ayşe Yılmaz", givenAt = DateTimeOffset.UtcNow });

        await Problem.InvalidAsync(withoutGiver, "givenBy");
        await Problem.InvalidAsync(withoutDate, "givenAt");
        await Problem.ReadAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(before, await lotsin.GetTextAsync(path));

        await lotsin.MustAsync($"{path}/consent-extensions", new { offerId = offer.Id, givenBy = "Ayşe Yılmaz", givenAt = DateTimeOffset.UtcNow.AddHours(-1) });
        using var again = await lotsin.CommandAsync($"{path}/consent-extensions", new { offerId = offer.Id, givenBy = "Ayşe Yılmaz", givenAt = DateTimeOffset.UtcNow });

        await Problem.InvalidAsync(again, "offerId");
        var extended = await lotsin.GetJsonAsync<LotsinCaseView>(path);
        Assert.Equal([offer.Id], extended.ConsentedHelpOffers);
        using var contacted = await lotsin.CommandAsync($"{path}/onward-referrals/{extended.OnwardReferrals.Single().Id}", new { status = OnwardReferralStatus.Contacted }, method: HttpMethod.Put);
        await CommandAnswer.ReadAsync(contacted, "PUT onward-referrals");
        Assert.Equal(OnwardReferralStatus.Contacted, (await lotsin.GetJsonAsync<LotsinCaseView>(path)).OnwardReferrals.Single().Status);
        await lotsin.MustAsync($"{path}/closing", new { outcome = CaseOutcome.HandedOver, feedback = "Familie ist bei den Frühen Hilfen angebunden." });
    }

    [Fact]
    public async Task A_declined_offer_waits_again_for_the_coordinator()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin2);

        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/decline", new { reason = "Sprache passt nicht." });

        Assert.Equal(CaseStatus.Referred, (await coordinator.GetJsonAsync<CoordinatorCaseView>($"/api/board/cases/{caseId}")).Status);
        await lotsin.NotListedForLotsinAsync(caseId);
    }

    [Fact]
    public async Task Another_Lotsin_gets_404_for_an_offer_that_is_not_hers_and_cannot_accept_it()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var other = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin2);
        var before = await coordinator.GetTextAsync($"/api/board/cases/{caseId}");

        using var read = await other.GetAsync($"/api/lotsin/cases/{caseId}");
        using var accept = await other.CommandAsync($"/api/lotsin/cases/{caseId}/acceptance");

        await Problem.ReadAsync(read, HttpStatusCode.NotFound);
        await Problem.ReadAsync(accept, HttpStatusCode.NotFound);
        Assert.Equal(before, await coordinator.GetTextAsync($"/api/board/cases/{caseId}"));
        using var offered = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        await offered.MustAsync($"/api/lotsin/cases/{caseId}/decline", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task Recording_a_first_meeting_before_accepting_is_refused_with_409_naming_Assigned()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin2);
        var before = await lotsin.GetTextAsync($"/api/lotsin/cases/{caseId}");

        using var response = await lotsin.CommandAsync($"/api/lotsin/cases/{caseId}/first-meeting");

        await Problem.ConflictAsync(response, "Assigned");
        Assert.Equal(before, await lotsin.GetTextAsync($"/api/lotsin/cases/{caseId}"));
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/decline", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task Refused_records_of_an_accepted_case_say_why_and_change_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin2);
        var path = $"/api/lotsin/cases/{caseId}";
        var before = await lotsin.GetTextAsync(path);

        using var unreachable = await lotsin.CommandAsync($"{path}/closing", new { outcome = CaseOutcome.Unreachable, feedback = "Nicht erreichbar." });
        using var withoutFeedback = await lotsin.CommandAsync($"{path}/closing", new { outcome = CaseOutcome.GoalsReached });
        using var closingAsFeedback = await lotsin.CommandAsync($"{path}/feedback", new { kind = FeedbackKind.Closing, text = "Fertig." });
        using var onwardTooEarly = await lotsin.CommandAsync($"{path}/onward-referrals", new { offerId = "fruehe-hilfen-herne" });
        using var noTime = await lotsin.CommandAsync($"{path}/appointments", new { place = "Familienkiosk Herne" });
        using var accepted = await lotsin.CommandAsync($"{path}/acceptance");

        await Problem.ConflictAsync(unreachable, "Accepted");
        await Problem.InvalidAsync(withoutFeedback, "feedback");
        await Problem.InvalidAsync(closingAsFeedback, "kind");
        await Problem.ConflictAsync(onwardTooEarly, "Accepted");
        await Problem.InvalidAsync(noTime, "at");
        await Problem.ConflictAsync(accepted, "Accepted");
        Assert.Equal(before, await lotsin.GetTextAsync(path));
        await lotsin.MustAsync($"{path}/closing", new { outcome = CaseOutcome.DeclinedByFamily, feedback = "Familie wünscht keine Begleitung." });
    }

    [Fact]
    public async Task An_onward_referral_to_an_offer_the_network_does_not_have_is_404_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin2);
        var path = $"/api/lotsin/cases/{caseId}";
        await lotsin.MustAsync($"{path}/first-meeting");
        var before = await lotsin.GetTextAsync(path);

        using var response = await lotsin.CommandAsync($"{path}/onward-referrals", new { offerId = "gibt-es-nicht" });

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await lotsin.GetTextAsync(path));
        await lotsin.MustAsync($"{path}/closing", new { outcome = CaseOutcome.GoalsReached, feedback = "Ziele erreicht." });
    }

    [Fact]
    public async Task The_help_offers_of_the_network_are_listed_for_Lotsinnen()
    {
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);

        var offers = await lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers");

        Assert.Contains(offers, o => o.Id == "fruehe-hilfen-herne" && o.Kind == HelpOfferKind.EarlyHelp);
        Assert.Contains(offers, o => o.Kind == HelpOfferKind.ParentWorkshop);
    }

    [Fact]
    public async Task A_Lotsin_sets_her_own_availability()
    {
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin6.UserName);

        using var on = await lotsin.CommandAsync("/api/lotsin/availability", new { availability = Availability.OnDuty }, method: HttpMethod.Put);
        var onDuty = (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).Availability;
        using var back = await lotsin.CommandAsync("/api/lotsin/availability", new { availability = Availability.OffDuty }, method: HttpMethod.Put);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (on.StatusCode, back.StatusCode));
        Assert.Equal(Availability.OnDuty, onDuty);
        Assert.Equal(Availability.OffDuty, (await lotsin.GetJsonAsync<LotsinView>("/api/lotsin/me")).Availability);
    }

    /// <summary>A case of lotsin2 in care, with an early-help offer suggested that the family's consent does not name.</summary>
    private async Task<(string Path, HelpOffer Offer)> SuggestedWithoutConsentAsync(ApiClient practice, ApiClient lotsin)
    {
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin2);
        var path = $"/api/lotsin/cases/{caseId}";
        var offer = (await lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers")).First(o => o.Kind == HelpOfferKind.EarlyHelp);
        await lotsin.MustAsync($"{path}/first-meeting");
        await lotsin.MustAsync($"{path}/onward-referrals", new { offerId = offer.Id });
        return (path, offer);
    }
}
