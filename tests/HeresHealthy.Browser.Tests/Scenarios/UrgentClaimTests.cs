using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The family is still in the practice: the referral goes to every Lotsin on duty at once (demo lotsin1, lotsin3 and
/// lotsin5), and the first to take it over gets it.
/// </summary>
public sealed class UrgentClaimTests(BrowserApp app)
{
    [Fact]
    public async Task Two_Lotsinnen_on_duty_take_over_an_urgent_referral_at_the_same_moment_and_exactly_one_gets_it()
    {
        await using var praxis = await app.SignInAsync("praxis01");
        await using var first = await app.SignInAsync("lotsin1");
        await using var second = await app.SignInAsync("lotsin3");
        foreach (var person in new[] { praxis, first, second })
        {
            await person.WaitUntilLiveAsync();
        }

        var referral = Referral.New(urgent: true);
        await referral.SubmitOnPracticePageAsync(praxis.Page);
        var claimFirst = referral.AsOffer(first.Page).GetByRole(AriaRole.Button, new() { Name = "Übernehmen" });
        var claimSecond = referral.AsOffer(second.Page).GetByRole(AriaRole.Button, new() { Name = "Übernehmen" });
        await Expect(claimFirst).ToBeEnabledAsync();
        await Expect(claimSecond).ToBeEnabledAsync();

        // Both press at once. A mouse click waits for the button to be stable and hit-testable, and the faster claim's
        // push can remove the other page's button in between: the race would then be decided in the browser. Firing
        // both click events at the same moment sends both claims, so the server decides.
        await Task.WhenAll(claimFirst.DispatchEventAsync("click"), claimSecond.DispatchEventAsync("click"));

        // The practice learns who took the family over; that name decides who won.
        var onPractice = referral.OnPracticePage(praxis.Page);
        await Expect(onPractice).ToContainTextAsync("Lotsin übernimmt – Kontakt folgt");
        var practiceSees = await onPractice.InnerTextAsync();
        var firstWon = practiceSees.Contains(DemoLogin.LotsinName(1), StringComparison.Ordinal);
        var secondWon = practiceSees.Contains(DemoLogin.LotsinName(3), StringComparison.Ordinal);
        Assert.True(firstWon ^ secondWon, $"the practice should name exactly one of the two Lotsinnen, but shows: {practiceSees}");
        var (winner, loser) = firstWon ? (first, second) : (second, first);

        // Both screens agree: the winner has the family in her care, the offer is gone from the loser's screen.
        await Expect(referral.InCare(winner.Page)).ToContainTextAsync(referral.ChildFirstName);
        await Expect(referral.AsOffer(winner.Page)).ToHaveCountAsync(0);
        await Expect(referral.AsOffer(loser.Page)).ToHaveCountAsync(0);
        await Expect(referral.InCare(loser.Page)).ToHaveCountAsync(0);
        await Expect(loser.Page.GetByText(referral.ChildFirstName)).ToHaveCountAsync(0);
    }
}
