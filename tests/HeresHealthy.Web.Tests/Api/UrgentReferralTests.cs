using System.Net;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>Warm hand-over: an urgent referral (family still in the practice) is claimed by the first on-duty Lotsin.</summary>
public sealed class UrgentReferralTests(WebApp app)
{
    [Fact]
    public async Task Of_two_Lotsinnen_claiming_an_urgent_referral_one_wins_and_the_other_gets_409()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var first = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        using var second = await app.SignInAsync(DemoUsers.Lotsin5.UserName);
        var caseId = await practice.ReferAsync(Referral.Form(familyPresentNow: true));
        await first.ListedForLotsinAsync(caseId, c => c.Status == CaseStatus.Referred && c.Urgent, "urgent referral shown to an on-duty Lotsin");

        var claims = await Task.WhenAll(
            first.CommandAsync($"/api/lotsin/cases/{caseId}/claim"),
            second.CommandAsync($"/api/lotsin/cases/{caseId}/claim"));

        try
        {
            Assert.Single(claims, c => c.StatusCode == HttpStatusCode.OK);
            var lost = Assert.Single(claims, c => c.StatusCode != HttpStatusCode.OK);
            await Problem.ConflictAsync(lost, "Accepted");
            var winner = claims[0].StatusCode == HttpStatusCode.OK ? first : second;
            var loser = winner == first ? second : first;
            var view = await practice.GetJsonAsync<PracticeCaseView>($"/api/referrals/{caseId}");
            Assert.Equal(CaseStatus.Accepted, view.Status);
            Assert.Equal(await winner.NameAsync(), view.LotsinName);
            Assert.DoesNotContain(caseId, (await loser.GetJsonAsync<LotsinView>("/api/lotsin/me")).ActiveCases);
            using var loserRead = await loser.GetAsync($"/api/lotsin/cases/{caseId}");
            Assert.Equal(HttpStatusCode.NotFound, loserRead.StatusCode);
        }
        finally
        {
            foreach (var claim in claims)
            {
                claim.Dispose();
            }
        }
    }

    [Fact]
    public async Task An_urgent_offer_names_the_referring_practice_and_its_phone_for_the_call_back()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        var caseId = await practice.ReferAsync(Referral.Form(familyPresentNow: true));

        var offer = await lotsin.ListedForLotsinAsync(caseId, c => c.Status == CaseStatus.Referred && c.Urgent, "urgent referral shown to an on-duty Lotsin");

        Assert.StartsWith("Kinder- und Jugendarztpraxis Dr. ", offer.PracticeName, StringComparison.Ordinal);
        Assert.Matches(@"^0\d{4} \d{2} \d{3}$", offer.PracticePhone);
        var read = await lotsin.GetJsonAsync<LotsinCaseView>($"/api/lotsin/cases/{caseId}");
        Assert.Equal((offer.PracticeName, offer.PracticePhone), (read.PracticeName, read.PracticePhone));
        Assert.Null(offer.Family);
        // Withdrawn, so that its 15-minute deadline never moves the outbox head under a later test comparing it.
        await practice.MustAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task A_referral_that_is_not_urgent_cannot_be_claimed()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        var caseId = await practice.ReferAsync(Referral.Form());
        var before = await practice.GetTextAsync($"/api/referrals/{caseId}");

        using var claim = await lotsin.CommandAsync($"/api/lotsin/cases/{caseId}/claim");

        await Problem.ReadAsync(claim, HttpStatusCode.NotFound);
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{caseId}"));
    }

    [Fact]
    public async Task An_off_duty_Lotsin_cannot_claim_an_urgent_referral()
    {
        using var practice = await app.SignInAsync(DemoUsers.UrgentPractice);
        using var offDuty = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var caseId = await practice.ReferAsync(Referral.Form(familyPresentNow: true));
        var before = await practice.GetTextAsync($"/api/referrals/{caseId}");

        using var claim = await offDuty.CommandAsync($"/api/lotsin/cases/{caseId}/claim");

        Assert.Equal("NotAvailable", (await Problem.ConflictAsync(claim, "Referred")).Code);
        Assert.Equal(before, await practice.GetTextAsync($"/api/referrals/{caseId}"));
        await practice.MustAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }
}
