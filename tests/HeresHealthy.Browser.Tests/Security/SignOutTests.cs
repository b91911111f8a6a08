using System.Net;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Security;

/// <summary>
/// "Abmelden" in the navigation of every signed-in page ends the session: the browser is back at the sign-in form,
/// and neither the API nor the live hub accepts the session afterwards, not even a copy of its cookie (a second tab).
/// </summary>
public sealed class SignOutTests(BrowserApp app)
{
    public static TheoryData<string> SignedInPages { get; } = new(AppPage.All.Where(p => p.Account is not null).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Abmelden_on_every_page_ends_the_session_for_the_API_and_the_hub(string pageName)
    {
        await using var person = await AppPage.Named(pageName).OpenAsync(app, Viewports.Desktop);
        var copiedCookies = await person.Context.CookiesAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(copiedCookies, HttpMethod.Get, "/api/session"));

        await person.Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true }).ClickAsync();

        await person.Page.WaitForURLAsync(url => url.EndsWith("/anmelden", StringComparison.Ordinal));
        await Expect(person.Page.GetByLabel("Benutzername")).ToBeVisibleAsync();
        var session = await person.Page.APIRequest.GetAsync("/api/session");
        Assert.Equal((int)HttpStatusCode.Unauthorized, session.Status);
        var hub = await person.Page.APIRequest.PostAsync("/hubs/live/negotiate?negotiateVersion=1");
        Assert.Equal((int)HttpStatusCode.Unauthorized, hub.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(copiedCookies, HttpMethod.Get, "/api/session"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(copiedCookies, HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1"));
    }

    /// <summary>The status of a request sent with a copy of the browser's cookies, as another tab or a stolen cookie would.</summary>
    private async Task<HttpStatusCode> StatusWithAsync(IReadOnlyList<BrowserContextCookiesResult> cookies, HttpMethod method, string path)
    {
        var jar = new CookieContainer();
        foreach (var cookie in cookies)
        {
            jar.Add(app.BaseAddress, new System.Net.Cookie(cookie.Name, cookie.Value));
        }

        using var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
