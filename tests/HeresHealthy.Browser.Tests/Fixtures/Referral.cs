using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// A referral of a fictitious family, told apart from every other by a tag in the child's first name (what the
/// practice and the responsible Lotsin see) and, once sent, by its case id (the coordinator and an offered Lotsin get
/// no personal data; their pages mark every case with data-case-id).
/// </summary>
public sealed class Referral(string childFirstName, bool urgent, string municipality, string district)
{
    public const string Guardian = "Sabine Beispiel";

    private static readonly string[] _needs = ["Language", "MissedCheckUps"];

    private string? _caseId;
    private string? _reference;

    public string ChildFirstName { get; } = childFirstName;

    public bool Urgent { get; } = urgent;

    /// <summary>Where the family lives: a town of the network and one of its districts (Herne, Sodingen unless a test chooses).</summary>
    public string Municipality { get; } = municipality;

    public string District { get; } = district;

    /// <summary>The case id the server allocated, known once the referral was sent.</summary>
    public string CaseId => _caseId ?? throw new InvalidOperationException("The referral has not been sent yet.");

    /// <summary>The readable reference the server allocated (HH-2026-0142), known once the referral was sent.</summary>
    public string Reference => _reference ?? throw new InvalidOperationException("The referral has not been sent yet.");

    public static Referral New(bool urgent = false, string municipality = "Herne", string district = "Sodingen") =>
        new($"Emma-{Guid.NewGuid().ToString("N")[..6]}", urgent, municipality, district);

    /// <summary>
    /// Fills the practice's referral form by its labels and sends it, as a medical assistant would; with
    /// <paramref name="namedOffer"/> (a checkbox's label) the consent also names that help offer.
    /// </summary>
    public async Task SubmitOnPracticePageAsync(IPage page, string? namedOffer = null)
    {
        await OpenFormAsync(page);
        await page.GetByLabel("Vorname des Kindes", new() { Exact = true }).FillAsync(ChildFirstName);
        await page.GetByLabel("Geburtsjahr", new() { Exact = true }).FillAsync("2023");
        await page.GetByLabel("Name der oder des Sorgeberechtigten", new() { Exact = true }).FillAsync(Guardian);
        await page.GetByLabel("Telefon", new() { Exact = true }).FillAsync("0176 5550123");
        await page.GetByLabel("Bevorzugte Sprache", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Deutsch" });
        await page.GetByLabel("Stadt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Municipality });
        await page.GetByLabel("Stadtteil", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = District });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sprache", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Versäumte Vorsorge", Exact = true }).CheckAsync();
        await page.GetByLabel("Erteilt von", new() { Exact = true }).FillAsync(Guardian);
        if (namedOffer is not null)
        {
            await page.GetByText("Weitergabe an Hilfeangebote (freiwillig)", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = namedOffer, Exact = true }).CheckAsync();
        }

        if (Urgent)
        {
            await page.GetByLabel("Die Familie ist jetzt in der Praxis (dringend)", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Vermitteln", Exact = true }).ClickAsync();
        await Expect(OnPracticePage(page)).ToBeVisibleAsync();
        _caseId = await OnPracticePage(page).GetAttributeAsync("data-case-id");
        _reference = await OnPracticePage(page).GetAttributeAsync("data-reference");
    }

    /// <summary>Opens the referral form behind "Neue Vermittlung" unless it is open already.</summary>
    public static async Task OpenFormAsync(IPage page)
    {
        var opener = NewReferralButton(page);
        if (await opener.GetAttributeAsync("aria-expanded") != "true")
        {
            await opener.ClickAsync();
        }

        await Expect(page.GetByLabel("Vorname des Kindes", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>The button that opens the practice's referral form.</summary>
    public static ILocator NewReferralButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Neue Vermittlung", Exact = true });

    /// <summary>Sends the referral through the practice's API (for scenarios where the form is not the point); returns the case id.</summary>
    public async Task<string> SubmitThroughApiAsync(HttpClient practice)
    {
        // As a client does: a German 503 (a node just joined or left the cluster) is sent again with the same command id.
        var body = ApiBody(Guid.NewGuid().ToString());
        var response = await practice.PostAsJsonAsync("/api/referrals", body, TestContext.Current.CancellationToken);
        for (var attempt = 1; response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt < 20; attempt++)
        {
            response.Dispose();
            await Task.Delay(500, TestContext.Current.CancellationToken);
            response = await practice.PostAsJsonAsync("/api/referrals", body, TestContext.Current.CancellationToken);
        }

        using var answered = response;
        await Ensure(response, "refer");
        var answer = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        _caseId = answer.GetProperty("caseId").GetString() ?? throw new InvalidOperationException("refer: the answer names no case");
        var view = await practice.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/referrals/{_caseId}", TestContext.Current.CancellationToken);
        _reference = view.GetProperty("reference").GetString();
        return _caseId;
    }

    /// <summary>The body of the referral API's POST with <paramref name="commandId"/>.</summary>
    public object ApiBody(string commandId)
    {
        var now = DateTimeOffset.UtcNow;
        return new
        {
            commandId,
            municipality = Municipality,
            district = District,
            needs = _needs,
            familyPresentNow = Urgent,
            family = new
            {
                guardianName = Guardian,
                childFirstName = ChildFirstName,
                childBirthYear = 2023,
                phone = "0176 5550123",
                preferredLanguage = "de",
                mayCallWhileInPractice = true,
            },
            consent = new { givenBy = Guardian, givenAt = now, feedbackToPractice = true, validUntil = now.AddYears(1) },
        };
    }

    /// <summary>The practice withdraws the sent referral through its API (allowed while no Lotsin has accepted it).</summary>
    public async Task WithdrawThroughApiAsync(HttpClient practice)
    {
        using var response = await practice.PostAsJsonAsync($"/api/referrals/{CaseId}/withdrawal",
            new { commandId = Guid.NewGuid().ToString(), reason = "Familie hat schon Hilfe" }, TestContext.Current.CancellationToken);
        await Ensure(response, "withdraw");
    }

    /// <summary>
    /// The Lotsin closes the accepted case through her API, at the end of a scenario: the demo Lotsinnen are shared by
    /// every browser test, and one whose capacity is full is refused the next test's assignment.
    /// </summary>
    public async Task CloseThroughApiAsync(HttpClient lotsin)
    {
        using var response = await lotsin.PostAsJsonAsync($"/api/lotsin/cases/{CaseId}/closing",
            new { commandId = Guid.NewGuid().ToString(), outcome = "GoalsReached", feedback = "Abschluss nach dem Test." }, TestContext.Current.CancellationToken);
        await Ensure(response, "close");
    }

    /// <summary>The referral among the practice's running referrals ("Ihre Vermittlungen").</summary>
    public ILocator OnPracticePage(IPage page) => page.Locator("#vermittlungen > li").Filter(new() { HasText = ChildFirstName });

    /// <summary>The referral in the practice's archive of closed referrals.</summary>
    public ILocator InPracticeArchive(IPage page) => page.Locator("#archiv > li").Filter(new() { HasText = ChildFirstName });

    /// <summary>The referral's row in the coordinator's queue.</summary>
    public ILocator OnBoardQueue(IPage page) => page.Locator($"#warteschlange tbody tr[data-case-id='{CaseId}']");

    /// <summary>The referral among a Lotsin's new offers.</summary>
    public ILocator AsOffer(IPage page) => page.Locator($"#angebote > li[data-case-id='{CaseId}']");

    /// <summary>The case among the cases in a Lotsin's care.</summary>
    public ILocator InCare(IPage page) => page.Locator($"#faelle > li[data-case-id='{CaseId}']");

    public static async Task Ensure(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {body}");
        }
    }
}
