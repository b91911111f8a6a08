using System.Text;
using System.Text.RegularExpressions;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Scenarios;

/// <summary>
/// The data-protection officer's page: entries in plain German (who by name and login, what as a sentence, which
/// case, the outcome), never a role code or a route; filtered by person and days; the filtered entries downloaded as
/// CSV for German Excel. That it does not scroll sideways on a phone: <see cref="Pages.PhoneWidthTests"/>.
/// </summary>
public sealed partial class DataProtectionTests(BrowserApp app)
{
    [Fact]
    public async Task Entries_read_as_German_sentences_with_names_and_no_routes_or_role_codes()
    {
        await ReadReferralsAsync("praxis04");
        await using var officer = await app.SignInAsync("datenschutz");
        var entries = officer.Page.Locator("#protokoll tbody tr[data-sequence]");
        await Expect(entries.First).ToBeVisibleAsync();

        var table = await officer.Page.Locator("#protokoll").InnerTextAsync();
        Assert.DoesNotMatch(Route(), table);
        Assert.DoesNotContain("/api/", table, StringComparison.Ordinal);
        Assert.DoesNotMatch(RoleCode(), table);
        await Expect(entries.Filter(new() { HasText = "(praxis04, Praxis)" }).First).ToContainTextAsync("Hat die Liste der eigenen Vermittlungen gelesen.");
    }

    [Fact]
    public async Task Filtering_by_person_and_day_shows_only_that_persons_entries_and_downloads_them_as_CSV()
    {
        await ReadReferralsAsync("praxis05");
        await using var officer = await app.SignInAsync("datenschutz");
        var page = officer.Page;
        var today = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Person (Anmeldename)").FillAsync("praxis05");
        await page.GetByLabel("Von (Tag)").FillAsync(today);
        await page.GetByLabel("Bis (Tag, einschließlich)").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();

        var who = page.Locator("#protokoll tbody td[data-label='Wer']");
        await Expect(who.Filter(new() { HasNotText = "(praxis05, Praxis)" })).ToHaveCountAsync(0);
        await Expect(who.First).ToContainTextAsync("(praxis05, Praxis)");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Gefilterte Einträge als CSV-Datei (Excel)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nr.;Zeit;Wer;Was;Fall;Ergebnis", rows[0]);
        Assert.Equal(await who.CountAsync(), rows.Length - 1);
        Assert.All(rows[1..], row => Assert.Contains("(praxis05, Praxis);", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("(praxis05, Praxis);Hat die Liste der eigenen Vermittlungen gelesen.;", StringComparison.Ordinal));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_beside_the_field()
    {
        await using var officer = await app.SignInAsync("datenschutz");
        var page = officer.Page;
        await page.GetByLabel("Von (Tag)").FillAsync("2026-12-10");
        await page.GetByLabel("Bis (Tag, einschließlich)").FillAsync("2026-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();

        await Expect(page.GetByLabel("Bis (Tag, einschließlich)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#to-fehler")).ToHaveTextAsync("„Bis“ muss nach „Von“ liegen.");
    }

    /// <summary>An audited request of a practice (signing in on the page is not audited; the API is).</summary>
    private async Task ReadReferralsAsync(string practice)
    {
        using var client = await app.ApiAsync(practice);
        await client.GetStringAsync("/api/referrals", TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"\b(GET|POST|PUT|DELETE) /")]
    private static partial Regex Route();

    [GeneratedRegex(@"\b(Practice|Lotsin|Coordinator|Kiosk|Admin|DataProtectionOfficer):")]
    private static partial Regex RoleCode();
}
