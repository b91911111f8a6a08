using System.Net;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>
/// People get German pages, machines get ProblemDetails: an unknown page, a refused form and a page of another role
/// answer as HTML in German; the API keeps answering problems. A signed-in user is not shown the sign-in form again.
/// </summary>
public sealed class PageErrorTests(WebApp app)
{
    [Fact]
    public async Task An_unknown_page_is_a_German_HTML_page_with_404_and_an_unknown_API_path_a_problem()
    {
        using var client = app.Anonymous();

        using var page = await client.GetAsync("/gibt-es-nicht");
        using var api = await client.GetAsync("/api/gibt-es-nicht");

        await AssertGermanPageAsync(page, HttpStatusCode.NotFound, "Seite nicht gefunden");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_sent_without_its_anti_forgery_token_is_refused_with_a_German_page_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.SessionPractice);

        practice.UseAntiforgeryToken(null); // a page form carries its token as a field, never in the header
        using var signOut = await practice.PostFormAsync("/abmelden", []);

        await AssertGermanPageAsync(signOut, HttpStatusCode.BadRequest, "Anfrage fehlerhaft");
        Assert.Equal(HttpStatusCode.OK, (await practice.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task A_page_of_another_role_says_so_instead_of_showing_the_sign_in_form()
    {
        using var practice = await app.SignInAsync(DemoUsers.SessionPractice);

        using var board = await practice.GetAsync("/koordination");
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        var location = board.Headers.Location ?? throw new InvalidOperationException("The redirect names no location.");
        var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.StartsWith("/kein-zugang", target, StringComparison.Ordinal);
        using var denied = await practice.GetAsync(target);

        var text = await AssertGermanPageAsync(denied, HttpStatusCode.Forbidden, "Kein Zugang zu dieser Seite");
        Assert.Contains("(Praxis)", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/praxis\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", text, StringComparison.Ordinal); // no sign-in form
    }

    [Fact]
    public async Task A_signed_in_user_who_opens_the_sign_in_page_goes_to_her_own_page()
    {
        using var practice = await app.SignInAsync(DemoUsers.SessionPractice);

        using var signIn = await practice.GetAsync("/anmelden");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/praxis", signIn.Headers.Location?.OriginalString);
    }

    private static async Task<string> AssertGermanPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de\">", text, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", text, StringComparison.Ordinal);
        return text;
    }
}
