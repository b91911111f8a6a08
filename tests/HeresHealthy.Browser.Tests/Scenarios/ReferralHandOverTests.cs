using System.Text.RegularExpressions;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// A practice refers a family, the coordinator offers the case to a Lotsin, she accepts: each person at a screen of
/// their own, every change reaching the others live, without a reload. lotsin2 (off duty, room for six cases) is the
/// Lotsin, so urgent referrals of other tests never reach her.
/// </summary>
public sealed class ReferralHandOverTests(BrowserApp app)
{
    private const int Lotsin = 2;

    [Fact]
    public async Task A_referral_appears_live_in_the_coordinators_queue_and_once_assigned_live_among_the_Lotsins_offers()
    {
        await using var praxis = await app.SignInAsync("praxis02");
        await using var koordination = await app.SignInAsync("koordination");
        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}");
        await WaitUntilLiveAsync(praxis, koordination, lotsin);
        var referral = Referral.New();

        await referral.SubmitOnPracticePageAsync(praxis.Page);
        await Expect(referral.OnBoardQueue(koordination.Page)).ToBeVisibleAsync();
        await Board.AssignAsync(koordination.Page, referral, Lotsin);

        var offer = referral.AsOffer(lotsin.Page);
        await Expect(offer).ToBeVisibleAsync();
        await Expect(offer.GetByRole(AriaRole.Button, new() { Name = "Annehmen" })).ToBeVisibleAsync();
        await Expect(referral.OnBoardQueue(koordination.Page)).ToContainTextAsync(DemoLogin.LotsinName(Lotsin));
        await koordination.AssertNotReloadedAsync();
        await lotsin.AssertNotReloadedAsync();
    }

    [Fact]
    public async Task When_the_Lotsin_accepts_the_practice_sees_the_takeover_and_her_name_live()
    {
        await using var praxis = await app.SignInAsync("praxis02");
        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}");
        using var koordination = await app.ApiAsync("koordination");
        await WaitUntilLiveAsync(praxis, lotsin);
        var referral = Referral.New();
        await referral.SubmitOnPracticePageAsync(praxis.Page);
        var caseId = await praxis.Page.Locator("#vermittlungen > li").Filter(new() { HasText = referral.ChildFirstName }).GetAttributeAsync("data-case-id")
            ?? throw new InvalidOperationException("The practice's list item names no case.");
        await Board.AssignThroughApiAsync(koordination, caseId, Lotsin);

        await referral.AsOffer(lotsin.Page).GetByRole(AriaRole.Button, new() { Name = "Annehmen" }).ClickAsync();

        var onPractice = referral.OnPracticePage(praxis.Page);
        await Expect(onPractice).ToContainTextAsync("Lotsin übernimmt – Kontakt folgt");
        await Expect(onPractice).ToContainTextAsync(DemoLogin.LotsinName(Lotsin));
        await Expect(referral.InCare(lotsin.Page)).ToContainTextAsync(referral.ChildFirstName);
        await praxis.AssertNotReloadedAsync();
        using var lotsinApi = await app.ApiAsync($"lotsin{Lotsin}");
        await referral.CloseThroughApiAsync(lotsinApi);
    }

    [Fact]
    public async Task The_board_shows_live_the_queue_growing_and_shrinking_and_the_Lotsins_load_rising()
    {
        await using var koordination = await app.SignInAsync("koordination");
        await using var lotsin = await app.SignInAsync($"lotsin{Lotsin}");
        using var praxis = await app.ApiAsync("praxis03");
        await WaitUntilLiveAsync(koordination, lotsin);
        var board = koordination.Page;
        var queued = await Board.QueueRows(board).CountAsync();
        var active = await Board.ActiveCasesAsync(board, Lotsin);
        var referral = Referral.New();

        await referral.SubmitThroughApiAsync(praxis);
        await Expect(Board.QueueRows(board)).ToHaveCountAsync(queued + 1);
        await Board.AssignAsync(board, referral, Lotsin);
        await referral.AsOffer(lotsin.Page).GetByRole(AriaRole.Button, new() { Name = "Annehmen" }).ClickAsync();

        await Expect(referral.OnBoardQueue(board)).ToHaveCountAsync(0);
        await Expect(Board.QueueRows(board)).ToHaveCountAsync(queued);
        await Expect(Board.LoadOf(board, Lotsin)).ToContainTextAsync(new Regex($@"(^|\D){active + 1} von \d+ Fällen"));
        await koordination.AssertNotReloadedAsync();
        using var lotsinApi = await app.ApiAsync($"lotsin{Lotsin}");
        await referral.CloseThroughApiAsync(lotsinApi);
    }

    private static async Task WaitUntilLiveAsync(params Person[] people)
    {
        foreach (var person in people)
        {
            await person.WaitUntilLiveAsync();
            await person.MarkPageAsync();
        }
    }
}
