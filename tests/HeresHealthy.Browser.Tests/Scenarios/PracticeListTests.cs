using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The practice's page as a medical assistant uses it: her referrals first, the form behind "Neue Vermittlung", each
/// referral's state in words a practice understands, the outcome of a closed one, a search, and closed referrals in
/// an archive of their own. praxis06 to praxis08 are used by no other browser test, so their lists are predictable.
/// </summary>
public sealed class PracticeListTests(BrowserApp app)
{
    private const int Lotsin = 2;

    [Fact]
    public async Task The_list_comes_first_and_the_form_opens_behind_Neue_Vermittlung_and_closes_once_the_referral_is_sent()
    {
        await using var praxis = await app.SignInAsync("praxis06");
        var page = praxis.Page;
        var opener = Referral.NewReferralButton(page);
        var childField = page.GetByLabel("Vorname des Kindes", new() { Exact = true });

        await Expect(page.Locator("main h2").First).ToHaveTextAsync("Ihre Vermittlungen");
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(childField).ToBeHiddenAsync();

        await opener.ClickAsync();
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(childField).ToBeFocusedAsync();

        var referral = Referral.New();
        await referral.SubmitOnPracticePageAsync(page);
        await Expect(childField).ToBeHiddenAsync();
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(referral.OnPracticePage(page).GetByRole(AriaRole.Heading, new() { Level = 3 })).ToBeFocusedAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync($"Vermittlung gesendet: {referral.ChildFirstName}");
    }

    [Fact]
    public async Task Each_state_is_told_in_a_practices_words_live_and_a_withdrawn_referral_moves_to_the_archive_with_its_outcome()
    {
        await using var praxis = await app.SignInAsync("praxis07");
        using var practiceApi = await app.ApiAsync("praxis07");
        using var koordination = await app.ApiAsync("koordination");
        await praxis.WaitUntilLiveAsync();
        await praxis.MarkPageAsync();
        var page = praxis.Page;
        var referral = Referral.New();
        await referral.SubmitThroughApiAsync(practiceApi);
        var card = referral.OnPracticePage(page);

        await Expect(card).ToContainTextAsync("Wartet auf eine Lotsin");
        // Other scenarios may have filled her six places by now: the offer is agreed with her, and withdrawn below.
        await Board.AssignThroughApiAsync(koordination, referral.CaseId, Lotsin, overrideReason: "AgreedWithLotsin");
        await Expect(card).ToContainTextAsync("Einer Lotsin angeboten");
        await Expect(card).Not.ToContainTextAsync("Assigned");

        await referral.WithdrawThroughApiAsync(practiceApi);
        await Expect(card).ToHaveCountAsync(0);
        var archived = referral.InPracticeArchive(page);
        await Expect(archived).ToBeHiddenAsync(); // the archive starts collapsed
        await page.Locator("#archiv-bereich > summary").ClickAsync();
        await Expect(archived).ToContainTextAsync("Abgeschlossen");
        await Expect(archived).ToContainTextAsync("Ergebnis: Von Praxis zurückgezogen");
        await Expect(archived).Not.ToContainTextAsync("WithdrawnByPractice");
        await praxis.AssertNotReloadedAsync();
    }

    [Fact]
    public async Task The_search_narrows_the_list_as_one_types_and_finds_closed_referrals_in_the_archive()
    {
        using var practiceApi = await app.ApiAsync("praxis08");
        var running = Referral.New();
        var other = Referral.New();
        var closed = Referral.New();
        await running.SubmitThroughApiAsync(practiceApi);
        await other.SubmitThroughApiAsync(practiceApi);
        await closed.SubmitThroughApiAsync(practiceApi);
        await closed.WithdrawThroughApiAsync(practiceApi);
        await using var praxis = await app.SignInAsync("praxis08");
        var page = praxis.Page;
        var search = page.GetByLabel("Vermittlungen durchsuchen", new() { Exact = true });
        var archive = page.Locator("#archiv-bereich");

        // Closed referrals are not mixed into the running ones: they wait in the collapsed archive.
        await Expect(running.OnPracticePage(page)).ToBeVisibleAsync();
        await Expect(other.OnPracticePage(page)).ToBeVisibleAsync();
        await Expect(closed.OnPracticePage(page)).ToHaveCountAsync(0);
        await Expect(closed.InPracticeArchive(page)).ToHaveCountAsync(1);
        await Expect(archive).Not.ToHaveAttributeAsync("open", "");
        await Expect(archive.Locator("summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Abgeschlossene Vermittlungen \([1-9]\d*\)$"));

        await search.FillAsync(running.ChildFirstName.ToUpperInvariant());
        await Expect(running.OnPracticePage(page)).ToBeVisibleAsync();
        await Expect(other.OnPracticePage(page)).ToBeHiddenAsync();

        await search.FillAsync(other.Reference.ToLowerInvariant());
        await Expect(other.OnPracticePage(page)).ToBeVisibleAsync();
        await Expect(running.OnPracticePage(page)).ToBeHiddenAsync();

        await search.FillAsync(closed.ChildFirstName);
        await Expect(running.OnPracticePage(page)).ToBeHiddenAsync();
        await Expect(closed.InPracticeArchive(page)).ToBeVisibleAsync();
        await Expect(archive.Locator("summary")).ToHaveTextAsync("Abgeschlossene Vermittlungen (1)");
        await Expect(page.Locator("#vermittlungen > li.empty")).ToHaveTextAsync("Keine laufende Vermittlung passt zur Suche.");

        await search.FillAsync("Beispiel"); // the guardian's name
        await Expect(running.OnPracticePage(page)).ToBeVisibleAsync();
        await Expect(other.OnPracticePage(page)).ToBeVisibleAsync();
    }
}
