using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// One app and one Debian Chromium for the whole test assembly. Every person in a test gets a browser context of
/// their own (own cookies, own live connection), signed in through the real sign-in form.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// How long a test waits for the UI to show something before it fails: generous, since pushes cross a real network
    /// stack and the test projects run side by side on a small machine (two waits for a browser event, a download and a
    /// new page's load event, once ran out at 15 s in full fresh-clone runs while each passed alone). A passing test
    /// never waits this long; only a failing one does.
    /// </summary>
    public const float UiTimeoutMs = 30_000;

    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly HeresHealthyApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>The app's grains, for a test that needs what no page can make (e.g. a workshop that has begun).</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    private IBrowser Chromium => _browser ?? throw new InvalidOperationException("The browser is not started yet.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}. Install it as root with: apt-get install -y chromium (test.sh does so when run as root).");
        }

        // Playwright must never fetch a browser of its own: these tests drive the system's Chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(UiTimeoutMs);
        _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArgs,
        });
    }

    /// <summary>A fresh browser context that nobody signed in to yet (the sign-in page's visitor).</summary>
    public async Task<Person> VisitorAsync(ViewportSize? viewport = null, Uri? app = null)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? BaseAddress).ToString(),
            ViewportSize = viewport ?? Viewports.Desktop,
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            // The pages honour reduced motion: no pulsing highlights under a test's clicks or in its screenshots.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(UiTimeoutMs);
        var page = await context.NewPageAsync();
        return new Person(context, page);
    }

    /// <summary>A browser context signed in as a demo account through the sign-in form, left on the account's home page.</summary>
    public async Task<Person> SignInAsync(string userName, ViewportSize? viewport = null, Uri? app = null)
    {
        var person = await VisitorAsync(viewport, app);
        var page = person.Page;
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("Benutzername").FillAsync(userName);
        await page.GetByLabel("Passwort").FillAsync(DemoLogin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/anmelden", StringComparison.Ordinal));
        return person;
    }

    /// <summary>An HttpClient signed in as a demo account through POST /api/session: the app's API, as another device of that person.</summary>
    public async Task<HttpClient> ApiAsync(string userName, Uri? app = null, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = app ?? BaseAddress };
        if (timeout is { } limit)
        {
            client.Timeout = limit;
        }

        using var response = await client.PostAsJsonAsync("/api/session", new { userName, password = DemoLogin.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
